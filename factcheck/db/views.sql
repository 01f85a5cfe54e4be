-- Views over the reference tables, created by `factcheck data build` (factcheck/db/build.py).
-- Documented in reference_data/README.md. Every figure here is computed from imported rows; nothing is typed in.
-- Dates are ISO strings; `year(CAST(election_date AS DATE))` gives the year.

-- A ward name reduced so spellings from different files meet ("St. Mary's & Grove" = "st marys and grove").
CREATE OR REPLACE MACRO ward_norm(name) AS
    trim(regexp_replace(replace(replace(lower(name), '&', ' and '), '''', ''), '[^a-z0-9]+', ' ', 'g'));

-- Which candidate file speaks for a council at an election when several cover it (Trafford: LEAP and the
-- council's own file). The order is factcheck.importers.candidate_rows.PREFERRED_CANDIDATE_SOURCES, loaded by
-- the build into `candidate_source_preference`; unlisted sources come last, alphabetically.
CREATE OR REPLACE VIEW candidate_source_choice AS
SELECT election_date, council_code, source_id
FROM (SELECT DISTINCT c.election_date, c.council_code, c.source_id, coalesce(p.rank, 1000000) AS rank
      FROM candidates c LEFT JOIN candidate_source_preference p USING (source_id))
QUALIFY row_number() OVER (PARTITION BY election_date, council_code ORDER BY rank, source_id) = 1;

-- The candidate rows of the chosen source only, with a ward id (unique within one election) and a ward key
-- for matching wards across elections (GSS code, else the normalised name).
CREATE OR REPLACE VIEW preferred_candidates AS
SELECT c.*,
       coalesce(c.ward_code, '') || '|' || coalesce(c.ward_name, '') AS ward_id,
       coalesce(c.ward_code, ward_norm(c.ward_name)) AS ward_key
FROM candidates c JOIN candidate_source_choice s USING (election_date, council_code, source_id);

-- One row per ward contest: seats filled (the source's count, else the number elected) and vote totals.
CREATE OR REPLACE VIEW ward_contest AS
SELECT election_date, council_code, ward_id, any_value(ward_code) AS ward_code, any_value(ward_name) AS ward_name,
       ward_norm(any_value(ward_name)) AS ward_name_norm,
       coalesce(max(seats), count(*) FILTER (WHERE elected)) AS seats,
       count(*) FILTER (WHERE elected) AS elected,
       count(*) AS candidates,
       CAST(sum(votes) AS BIGINT) AS votes_raw,
       CAST(sum(votes) FILTER (WHERE vote_effective) AS BIGINT) AS votes_effective,
       any_value(source_id) AS source_id
FROM preferred_candidates
GROUP BY election_date, council_code, ward_id;

-- One council under every code it has had: each council_code with itself and every code linked to it by a
-- re-coding (council_events 'recoded'), so control and composition history run across the change of code.
-- Mergers are not identity: a council created from others has its own history from its creation.
CREATE OR REPLACE VIEW council_same_as AS
WITH RECURSIVE links(a, b) AS (
    SELECT council_code, related_codes FROM council_events WHERE event = 'recoded' AND related_codes IS NOT NULL
    UNION
    SELECT related_codes, council_code FROM council_events WHERE event = 'recoded' AND related_codes IS NOT NULL
), closure(council_code, same_code) AS (
    SELECT council_code, council_code FROM councils
    UNION
    SELECT c.council_code, l.b FROM closure c JOIN links l ON l.a = c.same_code
)
SELECT DISTINCT council_code, same_code FROM closure;

-- Council size per year: each composition source's total (its stated total, else the sum of seats), then the
-- value most sources agree on (ties: the larger).
CREATE OR REPLACE VIEW council_size AS
WITH per_source AS (
    SELECT council_code, as_of_year, source_id, coalesce(max(total_seats), sum(seats)) AS total_seats
    FROM council_composition GROUP BY council_code, as_of_year, source_id
)
SELECT council_code, as_of_year, total_seats, count(*) AS sources
FROM per_source
WHERE total_seats > 0
GROUP BY council_code, as_of_year, total_seats
QUALIFY row_number() OVER (PARTITION BY council_code, as_of_year ORDER BY count(*) DESC, total_seats DESC) = 1;

-- One row per council and polling day with candidate-level results.
-- total_seats: council size from composition in the election year, else the nearest year within two.
-- pattern (and all_out):
--   'all_out'      seats_up >= 90% of the council; or, when the size is unknown, the council is a type that
--                  always elects all-out (county, London borough, Scottish, Welsh) or its wards elect 1.5 or
--                  more seats each on average (thirds and halves elect about one seat per ward);
--   'by_elections' under 20% of the council (by-elections on a polling day);
--   'partial'      otherwise: a third or a half of the council (by-thirds and by-halves cycles).
CREATE OR REPLACE VIEW council_election AS
WITH contests AS (
    SELECT election_date, council_code, CAST(sum(seats) AS INTEGER) AS seats_up, count(*) AS wards,
           CAST(sum(votes_raw) AS BIGINT) AS votes_raw, CAST(sum(votes_effective) AS BIGINT) AS votes_effective,
           any_value(source_id) AS source_id
    FROM ward_contest GROUP BY election_date, council_code
), sized AS (
    SELECT c.*, s.total_seats, s.as_of_year AS size_year
    FROM contests c LEFT JOIN council_size s
      ON s.council_code = c.council_code
     AND abs(s.as_of_year - year(CAST(c.election_date AS DATE))) <= 2
    QUALIFY row_number() OVER (PARTITION BY c.election_date, c.council_code
                               ORDER BY abs(s.as_of_year - year(CAST(c.election_date AS DATE))),
                                        s.as_of_year DESC) = 1
), typed AS (
    SELECT s.*, k.council_type, k.nation,
           CASE
               WHEN s.total_seats IS NOT NULL AND s.seats_up >= 0.9 * s.total_seats THEN 'all_out'
               WHEN s.total_seats IS NOT NULL AND s.seats_up >= 1.5 * s.wards
                    AND s.seats_up >= 0.6 * s.total_seats THEN 'all_out'
               WHEN s.total_seats IS NOT NULL AND s.seats_up < 0.2 * s.total_seats THEN 'by_elections'
               WHEN s.total_seats IS NOT NULL THEN 'partial'
               WHEN k.council_type IN ('county', 'london_borough', 'scottish', 'welsh') THEN 'all_out'
               WHEN s.seats_up >= 1.5 * s.wards THEN 'all_out'
               ELSE 'partial'
           END AS pattern
    FROM sized s LEFT JOIN councils k USING (council_code)
)
SELECT election_date, council_code, seats_up, wards, total_seats, pattern = 'all_out' AS all_out, pattern,
       year(CAST(election_date AS DATE)) AS election_year,
       -- The May 2020 elections were postponed to May 2021: partial elections held in 2021 fought the seats
       -- due in 2020, so their place in the four-year cycle (nominal_year) is 2020.
       CASE WHEN pattern = 'partial' AND year(CAST(election_date AS DATE)) = 2021 THEN 2020
            ELSE year(CAST(election_date AS DATE)) END AS nominal_year,
       council_type, nation, votes_raw, votes_effective, size_year, source_id
FROM typed;

-- The last time the same seats were fought, per council election.
--   all-out election  -> the council's latest earlier all-out election in the data (London 2022 -> 2018,
--                        counties 2021 -> 2017, Scotland/Wales 2022 -> 2017, Bristol 2024 -> 2021);
--   partial election  -> the election whose nominal_year is four years earlier (2022 -> 2018, 2024 -> 2021,
--                        2021 (nominal 2020) -> 2016, 2023 -> 2019), unless an all-out election came later
--                        (new wards: Trafford 2023 before 2024), which then is the last time the seats were
--                        fought; against an all-out election the seats are not comparable one for one
--                        (seats_comparable false);
--   by-elections only -> no baseline.
-- boundary_change: under 80% of the wards match between the two elections (see `matched`), or, for two
-- all-out elections, the council's seats up differ by more than 10%. (Partial elections often fill an extra
-- seat or two through casual vacancies, so their seat totals are not compared.)
CREATE OR REPLACE VIEW council_baseline AS
WITH candidates_for_base AS (
    SELECT e.election_date, e.council_code, e.pattern, e.nominal_year, e.seats_up,
           b.election_date AS baseline_date, b.pattern AS baseline_pattern, b.seats_up AS baseline_seats_up
    FROM council_election e
    LEFT JOIN council_election b
      ON b.council_code = e.council_code
     AND b.election_date < e.election_date
     AND ((e.pattern = 'all_out' AND b.pattern = 'all_out')
          OR (e.pattern = 'partial' AND b.pattern IN ('partial', 'all_out') AND b.nominal_year = e.nominal_year - 4)
          OR (e.pattern = 'partial' AND b.pattern = 'all_out' AND b.nominal_year > e.nominal_year - 4))
    QUALIFY row_number() OVER (PARTITION BY e.election_date, e.council_code ORDER BY b.election_date DESC) = 1
), ward_counts AS (
    SELECT election_date, council_code, count(*) AS wards FROM ward_contest GROUP BY ALL
), matched AS (
    -- A ward of this election that the baseline also fought. Partial elections: same GSS code or same name
    -- (handbooks sometimes carry a ward's later code). All-out elections: same code where both files give
    -- one, else same name and same number of seats.
    SELECT p.election_date, p.council_code, count(DISTINCT n.ward_id) AS wards_matched
    FROM candidates_for_base p
    JOIN ward_contest n ON n.election_date = p.election_date AND n.council_code = p.council_code
    JOIN ward_contest o ON o.election_date = p.baseline_date AND o.council_code = p.council_code
     AND CASE WHEN p.pattern = 'all_out' AND n.ward_code IS NOT NULL AND o.ward_code IS NOT NULL
              THEN n.ward_code = o.ward_code
              WHEN p.pattern = 'all_out' THEN n.ward_name_norm = o.ward_name_norm AND n.seats = o.seats
              ELSE n.ward_code = o.ward_code OR n.ward_name_norm = o.ward_name_norm END
    GROUP BY p.election_date, p.council_code
), measured AS (
    SELECT p.*, coalesce(m.wards_matched, 0) / greatest(wn.wards, wb.wards) AS ward_overlap
    FROM candidates_for_base p
    LEFT JOIN matched m USING (election_date, council_code)
    LEFT JOIN ward_counts wn ON wn.election_date = p.election_date AND wn.council_code = p.council_code
    LEFT JOIN ward_counts wb ON wb.election_date = p.baseline_date AND wb.council_code = p.council_code
)
SELECT election_date, council_code, baseline_date,
       CASE WHEN baseline_date IS NULL THEN NULL
            ELSE ward_overlap < 0.8
                 OR (pattern = 'all_out' AND baseline_pattern = 'all_out'
                     AND abs(seats_up - baseline_seats_up) > 0.1 * greatest(seats_up, baseline_seats_up))
       END AS boundary_change,
       baseline_date IS NOT NULL AND pattern = baseline_pattern AS seats_comparable,
       round(ward_overlap, 3) AS ward_overlap, pattern, baseline_pattern,
       CASE
           WHEN pattern = 'by_elections' THEN 'by-elections only: no baseline'
           WHEN pattern = 'all_out' AND baseline_date IS NULL
               THEN 'all-out election: no earlier all-out election of this council in the data'
           WHEN pattern = 'all_out' THEN 'all-out election: compared with the previous all-out election'
           WHEN baseline_date IS NULL
               THEN 'partial election: no election four years earlier in the cycle in the data'
           WHEN baseline_pattern = 'all_out'
               THEN 'partial election: the seats were last fought at an all-out election, not comparable seat for seat'
           WHEN year(CAST(election_date AS DATE)) = 2021
               THEN 'partial election: postponed from 2020, compared with four years before 2020'
           WHEN year(CAST(baseline_date AS DATE)) = 2021
               THEN 'partial election: compared with the 2021 election (the postponed 2020 cycle)'
           ELSE 'partial election: compared with the election four years earlier in the cycle'
       END AS rule
FROM measured;

-- Seats and votes per party from candidate rows (one preferred source per council and polling day).
-- share_raw: all candidates' votes / all votes cast; share_effective: each party's top candidate per ward
-- (vote_effective) / the sum of those top votes (the Rallings & Thrasher and Wikipedia method). Percentages.
CREATE OR REPLACE VIEW council_party_result AS
WITH party AS (
    SELECT election_date, council_code, party_id,
           count(*) FILTER (WHERE elected) AS seats_won,
           count(*) AS candidates,
           CAST(sum(votes) AS BIGINT) AS votes_raw,
           CAST(sum(votes) FILTER (WHERE vote_effective) AS BIGINT) AS votes_effective,
           string_agg(DISTINCT source_id, ';') AS source_ids
    FROM preferred_candidates GROUP BY election_date, council_code, party_id
)
SELECT p.election_date, p.council_code, p.party_id, e.seats_up, p.seats_won, p.candidates,
       p.votes_raw, p.votes_effective,
       round(100.0 * p.votes_raw / nullif(e.votes_raw, 0), 2) AS share_raw,
       round(100.0 * p.votes_effective / nullif(e.votes_effective, 0), 2) AS share_effective,
       p.source_ids
FROM party p JOIN council_election e USING (election_date, council_code);

-- Seat change against the baseline. Parties standing on only one side count 0 seats on the other.
-- seats_change is NULL when boundaries changed (no notional baseline is sourced), or when the baseline was not
-- the same kind of election (a third against a whole council).
CREATE OR REPLACE VIEW council_seat_change AS
WITH parties AS (
    SELECT b.election_date, b.council_code, r.party_id
    FROM council_baseline b JOIN council_party_result r USING (election_date, council_code)
    UNION
    SELECT b.election_date, b.council_code, r.party_id
    FROM council_baseline b JOIN council_party_result r
      ON r.election_date = b.baseline_date AND r.council_code = b.council_code
)
SELECT p.election_date, p.council_code, p.party_id,
       coalesce(n.seats_won, 0) AS seats_won,
       b.baseline_date,
       CASE WHEN b.baseline_date IS NOT NULL THEN coalesce(o.seats_won, 0) END AS baseline_seats,
       CASE WHEN b.seats_comparable AND NOT b.boundary_change
            THEN coalesce(n.seats_won, 0) - coalesce(o.seats_won, 0) END AS seats_change,
       b.boundary_change, b.rule
FROM parties p
JOIN council_baseline b USING (election_date, council_code)
LEFT JOIN council_party_result n
  ON n.election_date = p.election_date AND n.council_code = p.council_code AND n.party_id = p.party_id
LEFT JOIN council_party_result o
  ON o.election_date = b.baseline_date AND o.council_code = p.council_code AND o.party_id = p.party_id;

-- Vote share change (percentage points) against the baseline; a party that did not stand has share 0.
-- Shares are compared even across boundary changes (boundary_change says so); changes are NULL without a baseline.
CREATE OR REPLACE VIEW council_share_change AS
WITH parties AS (
    SELECT b.election_date, b.council_code, r.party_id
    FROM council_baseline b JOIN council_party_result r USING (election_date, council_code)
    UNION
    SELECT b.election_date, b.council_code, r.party_id
    FROM council_baseline b JOIN council_party_result r
      ON r.election_date = b.baseline_date AND r.council_code = b.council_code
), sides AS (
    SELECT p.election_date, p.council_code, p.party_id, b.baseline_date, b.boundary_change,
           coalesce(n.share_effective, 0) AS share_effective, coalesce(n.share_raw, 0) AS share_raw,
           CASE WHEN b.baseline_date IS NOT NULL THEN coalesce(o.share_effective, 0) END AS baseline_share_effective,
           CASE WHEN b.baseline_date IS NOT NULL THEN coalesce(o.share_raw, 0) END AS baseline_share_raw
    FROM parties p
    JOIN council_baseline b USING (election_date, council_code)
    LEFT JOIN council_party_result n
      ON n.election_date = p.election_date AND n.council_code = p.council_code AND n.party_id = p.party_id
    LEFT JOIN council_party_result o
      ON o.election_date = b.baseline_date AND o.council_code = p.council_code AND o.party_id = p.party_id
)
SELECT election_date, council_code, party_id, share_effective, share_raw, baseline_date,
       baseline_share_effective, baseline_share_raw,
       round(share_effective - baseline_share_effective, 2) AS change_effective,
       round(share_raw - baseline_share_raw, 2) AS change_raw,
       boundary_change
FROM sides;

-- Control from composition: a party holding more than half of all seats, else 'noc'. One row per council,
-- year and source (sources that disagree both appear). Where the catch-all 'other' holds a majority, control
-- is NULL: it groups several parties and independents. Ties for largest party list both ids, ';'-separated.
-- A source that counts fewer seats than the council has (a poll postponed in one ward, a seat not yet declared)
-- is judged against the whole council: the size is the larger of its own total and council_size.
CREATE OR REPLACE VIEW council_control_derived AS
WITH own AS (
    SELECT council_code, as_of_year, any_value(as_of) AS as_of, any_value(basis) AS basis, source_id,
           coalesce(max(total_seats), sum(seats)) AS total_seats, max(seats) AS largest_seats
    FROM council_composition GROUP BY council_code, as_of_year, source_id
), per_source AS (
    SELECT o.* REPLACE (greatest(o.total_seats, coalesce(z.total_seats, 0)) AS total_seats)
    FROM own o LEFT JOIN council_size z USING (council_code, as_of_year)
), ranked AS (
    SELECT s.*, 
           (SELECT string_agg(c.party_id, ';' ORDER BY c.party_id) FROM council_composition c
             WHERE c.council_code = s.council_code AND c.as_of_year = s.as_of_year
               AND c.source_id = s.source_id AND c.seats = s.largest_seats) AS largest_party
    FROM per_source s
)
SELECT council_code, as_of_year,
       CASE WHEN 2 * largest_seats > total_seats AND largest_party = 'other' THEN NULL
            WHEN 2 * largest_seats > total_seats THEN largest_party
            ELSE 'noc' END AS control,
       largest_party, largest_seats, total_seats, total_seats // 2 + 1 AS majority_needed, as_of, basis, source_id
FROM ranked;

-- Council-level results from every basis, so elections without candidate rows (2023) are covered too:
--   'candidates'   computed above from candidate rows;
--   'ward totals'  summed from ward_party_votes (votes only; seats won are not known for multi-seat wards);
--   'published'    council_results rows as a source published them (one row per source).
-- The last two appear only for council elections that have no candidate rows.
CREATE OR REPLACE VIEW council_party_result_all AS
SELECT election_date, council_code, party_id, 'candidates' AS basis, seats_up, seats_won,
       votes_raw, votes_effective, share_raw, share_effective, NULL::DOUBLE AS share_published,
       NULL::INTEGER AS seats_change_published, source_ids
FROM council_party_result
UNION ALL
SELECT w.election_date, w.council_code, w.party_id, 'ward totals', t.seats_up, NULL, w.votes, NULL,
       round(100.0 * w.votes / nullif(t.votes, 0), 2), NULL, NULL, NULL, w.source_ids
FROM (SELECT election_date, council_code, party_id, sum(votes) AS votes, string_agg(DISTINCT source_id, ';') AS source_ids
      FROM ward_party_votes GROUP BY ALL) w
JOIN (SELECT election_date, council_code, sum(votes) AS votes, sum(ward_seats) AS seats_up
      FROM (SELECT election_date, council_code, ward_name, max(seats) AS ward_seats, sum(votes) AS votes
            FROM ward_party_votes GROUP BY ALL) GROUP BY ALL) t USING (election_date, council_code)
WHERE NOT EXISTS (SELECT 1 FROM candidates c
                  WHERE c.election_date = w.election_date AND c.council_code = w.council_code)
UNION ALL
SELECT r.election_date, r.council_code, r.party_id, 'published', r.seats_up, r.seats_won, r.votes, NULL, NULL, NULL,
       r.share_pct, r.seats_change, r.source_id
FROM council_results r
WHERE NOT EXISTS (SELECT 1 FROM candidates c
                  WHERE c.election_date = r.election_date AND c.council_code = r.council_code);

-- Control year by year as each source states it, then as derived from each source's composition (a majority of
-- all seats). `how` says which; the control-history queries read this under every code of a council.
-- Control a source states on a count short of the whole council (its composition totals fewer seats than the
-- council has, a seat postponed, say) where the party it names holds no majority of ALL seats: kept in
-- council_control, listed by `factcheck data check` (control_against_composition), and not used as control.
CREATE OR REPLACE VIEW council_control_short_count AS
SELECT c.*, p.seats, p.total_seats AS counted_seats, z.total_seats AS council_seats
FROM council_control c
JOIN council_composition p ON p.council_code = c.council_code AND p.as_of_year = c.as_of_year
 AND p.source_id = c.source_id AND p.party_id = c.control
JOIN council_size z ON z.council_code = c.council_code AND z.as_of_year = c.as_of_year
WHERE p.total_seats < z.total_seats AND 2 * p.seats <= z.total_seats;

-- council_control less the short-count statements above: what the control rules read.
CREATE OR REPLACE VIEW council_control_usable AS
SELECT * FROM council_control c
WHERE NOT EXISTS (SELECT 1 FROM council_control_short_count s
                  WHERE s.council_code = c.council_code AND s.as_of_year = c.as_of_year
                    AND s.source_id = c.source_id AND s.control = c.control);

CREATE OR REPLACE VIEW council_control_stated_and_derived AS
SELECT council_code, as_of_year, control, basis, source_id, 'stated' AS how FROM council_control_usable
UNION ALL
SELECT council_code, as_of_year, control, 'majority of all seats, from composition', source_id, 'derived'
FROM council_control_derived;

-- The years each council held an election (2012 on): candidate files (not by-elections alone), 2023 ward totals,
-- published council results, and the Commons Library tables' election years (2022, 2023).
CREATE OR REPLACE VIEW council_election_years AS
SELECT DISTINCT council_code, election_year FROM council_election WHERE pattern <> 'by_elections'
UNION
SELECT DISTINCT council_code, year(CAST(election_date AS DATE)) FROM ward_party_votes
UNION
SELECT DISTINCT council_code, year(CAST(election_date AS DATE)) FROM council_results
UNION
SELECT DISTINCT council_code, as_of_year FROM council_composition
WHERE (source_id = 'commons-2023-tables' AND as_of_year = 2023) OR (source_id = 'commons-cbp9545' AND as_of_year = 2022);

-- Control before and after each council election, on every basis a source gives, one row per source:
--   'after'             control as left by this election (the year's post-election records);
--   'previous_election' control as left by the council's previous election in the data (its year's records);
--   'year_before'       the Open Council Data snapshot for the year before (taken after that year's May
--                       elections, at a date in the year it does not give; mid-term changes show here).
-- Codes are followed across re-codings. Stated control only (council_control); derived rows are in the history.
CREATE OR REPLACE VIEW council_control_bases AS
WITH elections AS (
    SELECT s.council_code, e.election_year
    FROM council_election_years e JOIN council_same_as s ON s.same_code = e.council_code
), previous AS (
    SELECT e.council_code, e.election_year,
           (SELECT max(p.election_year) FROM elections p
             WHERE p.council_code = e.council_code AND p.election_year < e.election_year) AS previous_year
    FROM (SELECT DISTINCT * FROM elections) e
), stated AS (
    SELECT s.council_code, c.as_of_year, c.control, c.basis, c.source_id
    FROM council_control_usable c JOIN council_same_as s ON s.same_code = c.council_code
)
SELECT p.council_code, p.election_year, 'after' AS basis_kind, p.election_year AS as_of_year,
       'as left by the ' || p.election_year || ' election' AS basis_label, h.control, h.source_id, h.basis
FROM previous p JOIN stated h ON h.council_code = p.council_code AND h.as_of_year = p.election_year
UNION ALL
SELECT p.council_code, p.election_year, 'previous_election', p.previous_year,
       'as left by the previous election (' || p.previous_year || ')', h.control, h.source_id, h.basis
FROM previous p JOIN stated h ON h.council_code = p.council_code AND h.as_of_year = p.previous_year
UNION ALL
SELECT p.council_code, p.election_year, 'year_before', p.election_year - 1,
       'Open Council Data snapshot for ' || (p.election_year - 1) || ' (date in the year not given)',
       h.control, h.source_id, h.basis
FROM previous p JOIN stated h ON h.council_code = p.council_code AND h.as_of_year = p.election_year - 1
 AND h.source_id LIKE 'ocd-%';

-- Councillor and council tallies for a whole scope where every council in it held an all-out election on the
-- same day (London boroughs, Scottish councils, Welsh councils), summed from the council results. A party's
-- councils are those where it won more than half the seats; changes are against the scope's previous such
-- election in the data (seats won then, whatever the boundaries: the change in councillors held, not a
-- notional change). Same columns as national_tallies; publisher 'factcheck (sum of council results)'.
CREATE OR REPLACE VIEW national_tallies_derived AS
WITH scoped AS (
    SELECT e.election_date, e.council_code, e.all_out, e.seats_up,
           CASE substr(e.council_code, 1, 3) WHEN 'E09' THEN 'London' WHEN 'S12' THEN 'Scotland'
                                             WHEN 'W06' THEN 'Wales' END AS scope
    FROM council_election e WHERE substr(e.council_code, 1, 3) IN ('E09', 'S12', 'W06')
), complete AS (
    SELECT s.election_date, s.scope FROM scoped s
    GROUP BY ALL
    HAVING count(*) FILTER (WHERE s.all_out) = (SELECT count(*) FROM councils k
                                                 WHERE substr(k.council_code, 1, 3) = substr(any_value(s.council_code), 1, 3)
                                                   AND k.successor_code IS NULL)
), party AS (
    SELECT c.election_date, c.scope, r.party_id, CAST(sum(r.seats_won) AS INTEGER) AS councillors,
           CAST(count(*) FILTER (WHERE 2 * r.seats_won > s.seats_up) AS INTEGER) AS councils,
           min(r.source_ids) AS source_id
    FROM complete c JOIN scoped s USING (election_date, scope)
    JOIN council_party_result r ON r.election_date = s.election_date AND r.council_code = s.council_code
    GROUP BY ALL
), ordered AS (
    SELECT election_date, scope,
           lag(election_date) OVER (PARTITION BY scope ORDER BY election_date) AS previous_date
    FROM complete
), keyed AS (
    SELECT o.election_date, o.scope, o.previous_date, p.party_id
    FROM ordered o JOIN party p ON p.scope = o.scope AND p.election_date IN (o.election_date, o.previous_date)
    GROUP BY ALL
)
SELECT k.election_date, k.scope, 'factcheck (sum of council results)' AS publisher, k.party_id,
       coalesce(n.councils, 0) AS councils,
       CASE WHEN k.previous_date IS NOT NULL THEN coalesce(n.councils, 0) - coalesce(b.councils, 0) END
           AS councils_change,
       coalesce(n.councillors, 0) AS councillors,
       CASE WHEN k.previous_date IS NOT NULL THEN coalesce(n.councillors, 0) - coalesce(b.councillors, 0) END
           AS councillors_change,
       'sum of seats won at the all-out elections of every council in ' || k.scope ||
       coalesce(' against the same sum for ' || k.previous_date || ' (seats won then; not notional)', '') ||
       '; councils: more than half the seats won' AS basis,
       NULL AS as_of,
       split_part(coalesce(n.source_id, b.source_id), ';', 1) AS source_id
FROM keyed k
LEFT JOIN party n ON n.election_date = k.election_date AND n.scope = k.scope AND n.party_id = k.party_id
LEFT JOIN party b ON b.election_date = k.previous_date AND b.scope = k.scope AND b.party_id = k.party_id;

-- Every national tally: as published (national_tallies) and summed from council results.
CREATE OR REPLACE VIEW national_tallies_all_bases AS
SELECT * FROM national_tallies
UNION ALL BY NAME
SELECT * FROM national_tallies_derived;

-- Seat change for council elections with no candidate file (2023): seats won as a source published them
-- (council_results), against the candidate results of the last time the same seats were fought, by the rule of
-- council_baseline (all-out against the previous all-out election; partial against four years earlier). Seats up
-- and wards come from the ward totals (ward_party_votes); where two sources publish seats won, the one whose total
-- equals the seats up is used. Boundaries count as changed when under 80% of ward names match, or, for two
-- all-out elections, the seats up differ by more than 10%. Only council elections whose change can be computed
-- (a comparable baseline, boundaries unchanged) appear: for the others the checker keeps the composition
-- snapshot's change, labelled as that basis. Same columns as council_seat_change plus source_ids (the
-- publishing source). Codes are followed across re-codings.
CREATE OR REPLACE VIEW council_seat_change_published AS
WITH wards AS (
    SELECT election_date, council_code, ward_norm(ward_name) AS ward, max(seats) AS seats
    FROM ward_party_votes GROUP BY ALL
), up AS (
    SELECT election_date, council_code, CAST(sum(seats) AS INTEGER) AS seats_up, count(*) AS wards
    FROM wards GROUP BY ALL
), published AS (
    SELECT election_date, council_code, source_id, sum(seats_won) AS won
    FROM council_results WHERE seats_won IS NOT NULL GROUP BY ALL
), chosen AS (
    SELECT p.election_date, p.council_code, p.source_id, u.seats_up, u.wards
    FROM published p JOIN up u USING (election_date, council_code)
    WHERE NOT EXISTS (SELECT 1 FROM council_election e
                      WHERE e.election_date = p.election_date AND e.council_code = p.council_code)
    QUALIFY row_number() OVER (PARTITION BY p.election_date, p.council_code
                               ORDER BY (p.won = u.seats_up) DESC, p.source_id) = 1
), typed AS (
    SELECT c.*, year(CAST(c.election_date AS DATE)) AS election_year, z.total_seats,
           CASE WHEN z.total_seats IS NOT NULL AND c.seats_up >= 0.9 * z.total_seats THEN 'all_out'
                WHEN z.total_seats IS NOT NULL AND c.seats_up < 0.2 * z.total_seats THEN 'by_elections'
                ELSE 'partial' END AS pattern
    FROM chosen c LEFT JOIN council_size z
      ON z.council_code = c.council_code AND z.as_of_year = year(CAST(c.election_date AS DATE))
), based AS (
    SELECT t.*, b.election_date AS baseline_date, b.council_code AS baseline_code, b.pattern AS baseline_pattern,
           b.seats_up AS baseline_seats_up
    FROM typed t
    JOIN council_same_as a ON a.council_code = t.council_code
    LEFT JOIN council_election b
      ON b.council_code = a.same_code AND b.election_date < t.election_date
     AND ((t.pattern = 'all_out' AND b.pattern = 'all_out')
          OR (t.pattern = 'partial' AND b.pattern IN ('partial', 'all_out') AND b.nominal_year = t.election_year - 4)
          OR (t.pattern = 'partial' AND b.pattern = 'all_out' AND b.nominal_year > t.election_year - 4))
    QUALIFY row_number() OVER (PARTITION BY t.election_date, t.council_code
                               ORDER BY b.election_date DESC NULLS LAST) = 1
), measured AS (
    SELECT x.*,
           (SELECT count(DISTINCT w.ward) FROM wards w JOIN ward_contest o
              ON o.election_date = x.baseline_date AND o.council_code = x.baseline_code AND o.ward_name_norm = w.ward
            WHERE w.election_date = x.election_date AND w.council_code = x.council_code)
           / greatest(x.wards, (SELECT count(*) FROM ward_contest o
                                WHERE o.election_date = x.baseline_date AND o.council_code = x.baseline_code))
           AS ward_overlap
    FROM based x
), judged AS (
    SELECT m.*, m.baseline_date IS NOT NULL AND m.pattern = m.baseline_pattern AS comparable,
           m.baseline_date IS NOT NULL AND (m.ward_overlap < 0.8
               OR (m.pattern = 'all_out' AND m.baseline_pattern = 'all_out'
                   AND abs(m.seats_up - m.baseline_seats_up) > 0.1 * greatest(m.seats_up, m.baseline_seats_up)))
               AS boundary_change
    FROM measured m
), parties AS (
    SELECT j.election_date, j.council_code, r.party_id FROM judged j
    JOIN council_results r ON r.election_date = j.election_date AND r.council_code = j.council_code
     AND r.source_id = j.source_id AND r.seats_won IS NOT NULL
    UNION
    SELECT j.election_date, j.council_code, r.party_id FROM judged j
    JOIN council_party_result r ON r.election_date = j.baseline_date AND r.council_code = j.baseline_code
)
SELECT p.election_date, p.council_code, p.party_id,
       CAST(coalesce(n.seats_won, 0) AS BIGINT) AS seats_won, j.baseline_date,
       CASE WHEN j.baseline_date IS NOT NULL THEN coalesce(o.seats_won, 0) END AS baseline_seats,
       CASE WHEN j.comparable AND NOT j.boundary_change THEN coalesce(n.seats_won, 0) - coalesce(o.seats_won, 0) END
           AS seats_change,
       j.boundary_change,
       'seats won as published (' || j.source_id || ') against the candidate results of ' ||
       coalesce(CAST(j.baseline_date AS VARCHAR), 'no earlier election in the data') ||
       ' (' || j.pattern || ' election' || CASE WHEN j.comparable THEN '' ELSE ', not comparable seat for seat' END ||
       ')' AS rule,
       j.source_id AS source_ids
FROM parties p
JOIN judged j USING (election_date, council_code)
LEFT JOIN council_results n ON n.election_date = p.election_date AND n.council_code = p.council_code
 AND n.party_id = p.party_id AND n.source_id = j.source_id
LEFT JOIN council_party_result o ON o.election_date = j.baseline_date AND o.council_code = j.baseline_code
 AND o.party_id = p.party_id
WHERE j.comparable AND NOT j.boundary_change;

-- County councils (E10) elect all-out every four years, so an all-out county election with no earlier
-- candidate results in the data (2017) was last fought four years before. Its baseline is the Open Council
-- Data composition recorded for that year (taken after that May's election): a whole-council count by party
-- for the Conservatives, Labour and the Liberal Democrats only (that file puts UKIP, the Greens, independents
-- and local groups in one 'other' column, so their change is NULL). Only where the council's size is unchanged;
-- boundaries within an unchanged size cannot be checked (no earlier ward data), so boundary_change is NULL.
CREATE OR REPLACE VIEW council_seat_change_county AS
WITH elections AS (
    SELECT e.election_date, e.council_code, e.election_year, e.seats_up
    FROM council_election e JOIN council_baseline b USING (election_date, council_code)
    WHERE e.council_code LIKE 'E10%' AND e.all_out AND b.baseline_date IS NULL
), before AS (
    SELECT x.election_date, x.council_code, m.party_id, m.seats, m.total_seats, m.source_id, m.as_of_year
    FROM elections x JOIN council_composition m
      ON m.council_code = x.council_code AND m.as_of_year = x.election_year - 4 AND m.source_id LIKE 'ocd-history%'
), sized AS (
    SELECT x.* FROM elections x
    WHERE x.seats_up = (SELECT max(b.total_seats) FROM before b
                        WHERE b.election_date = x.election_date AND b.council_code = x.council_code)
), parties AS (
    SELECT r.election_date, r.council_code, r.party_id FROM sized x
    JOIN council_party_result r USING (election_date, council_code)
    UNION
    SELECT b.election_date, b.council_code, b.party_id FROM sized x
    JOIN before b USING (election_date, council_code) WHERE b.party_id IN ('con', 'lab', 'ld')
)
SELECT p.election_date, p.council_code, p.party_id, CAST(coalesce(n.seats_won, 0) AS BIGINT) AS seats_won,
       CAST(x.election_year - 4 AS VARCHAR) AS baseline_date,
       CASE WHEN p.party_id IN ('con', 'lab', 'ld') THEN coalesce(b.seats, 0) END AS baseline_seats,
       CASE WHEN p.party_id IN ('con', 'lab', 'ld') THEN coalesce(n.seats_won, 0) - coalesce(b.seats, 0) END
           AS seats_change,
       CAST(NULL AS BOOLEAN) AS boundary_change,
       'all-out county election: compared with the composition recorded for ' || (x.election_year - 4) ||
       ' (Open Council Data, after that May''s all-out election; same council size, boundaries not checked; ' ||
       'UKIP, Greens and others not separated there)' AS rule,
       coalesce(n.source_ids, any_value(b.source_id) OVER (PARTITION BY p.election_date, p.council_code)) AS source_ids
FROM parties p
JOIN sized x USING (election_date, council_code)
LEFT JOIN council_party_result n USING (election_date, council_code, party_id)
LEFT JOIN before b USING (election_date, council_code, party_id);
