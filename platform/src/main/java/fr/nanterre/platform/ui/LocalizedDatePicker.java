package fr.nanterre.platform.ui;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.datepicker.DatePicker;

/** A date picker whose calendar speaks the user's language (French by default) and writes dates 25/11/2026. */
public class LocalizedDatePicker extends DatePicker {

    public LocalizedDatePicker(String label) {
        super(label);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        Locale locale = attachEvent.getUI().getLocale();
        setLocale(locale);
        DatePickerI18n i18n = new DatePickerI18n();
        i18n.setMonthNames(Arrays.stream(Month.values()).map(m -> capitalised(m.getDisplayName(TextStyle.FULL, locale), locale)).toList());
        List<DayOfWeek> sundayFirst = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        i18n.setWeekdays(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList());
        i18n.setWeekdaysShort(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList());
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(getTranslation("common.today"));
        i18n.setCancel(getTranslation("common.cancel"));
        i18n.setDateFormat(locale.getLanguage().equals("fr") ? "dd/MM/yyyy" : "yyyy-MM-dd");
        setI18n(i18n);
    }

    private static String capitalised(String text, Locale locale) {
        return text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
