-- An awardee may have no SIRET (a foreign company known by its VAT number, from the DECP open data).
alter table followed_clause alter column awardee_siret drop not null;
