-- Lookups for reading which election an undated text is about (factcheck/resolve/reading.py).

-- name: main_election_places
-- description: Which councils and mayoralties held a main election on which day: a council's day counts when a whole-council summary exists or at least 30% of the most wards it ever contested were contested (not a by-election).
WITH wards AS (
    SELECT CAST(election_date AS VARCHAR) AS election_date, council_code, ward_name FROM candidates
    UNION SELECT CAST(election_date AS VARCHAR), council_code, ward_name FROM ward_party_votes
), contested AS (
    SELECT election_date, council_code, count(DISTINCT ward_name) AS n FROM wards GROUP BY ALL
), most AS (
    SELECT council_code, max(n) AS top FROM contested GROUP BY ALL
)
SELECT c.election_date, c.council_code AS code FROM contested c JOIN most m USING (council_code)
WHERE c.n >= 0.3 * m.top
UNION SELECT DISTINCT CAST(election_date AS VARCHAR), council_code FROM council_results
UNION SELECT DISTINCT CAST(election_date AS VARCHAR), mayoralty_code FROM mayoral_results
UNION SELECT DISTINCT CAST(election_date AS VARCHAR), scope FROM national_tallies;

-- name: mayoral_candidates
-- description: Everyone who stood for a mayoralty, with the day, the mayoralty and whether they were elected.
SELECT DISTINCT candidate, mayoralty_code, CAST(election_date AS VARCHAR) AS election_date, bool_or(elected) AS elected
FROM mayoral_results WHERE candidate IS NOT NULL GROUP BY candidate, mayoralty_code, election_date
ORDER BY 3, 2, 1;
