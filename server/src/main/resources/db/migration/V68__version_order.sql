-- Versions are listed as Jira lists them: by release date, undated ones last, then by name with numbers compared as
-- numbers (2.9 before 2.10) and case aside. This is a version's key in that order, compared byte by byte: the date
-- (release dates are years 1 to 9999) or "~" after every date, then the name with each run of digits padded with zeros.
create function version_order(release_date date, name text) returns bytea language sql immutable parallel safe as $$
    select convert_to(coalesce(to_char(release_date, 'YYYYMMDD'), '~'), 'UTF8') || convert_to(string_agg(
               case when part[1] ~ '^[0-9]' then lpad(part[1], 30, '0') else lower(part[1]) end, '' order by n), 'UTF8')
    from regexp_matches(name, '[0-9]+|[^0-9]+', 'g') with ordinality as m(part, n)
$$;
