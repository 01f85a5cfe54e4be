-- Coverage queries for `factcheck data status` and `factcheck data sources` (factcheck/db/status.py).

-- name: coverage
-- description: Rows per election (or year) x nation x granularity, with councils and candidates counted.
WITH facts AS (
    SELECT substr(election_date, 1, 4) AS year, election_date AS election, k.nation, 'candidate' AS granularity,
           c.council_code AS unit, 1 AS candidate, c.source_id
    FROM candidates c LEFT JOIN councils k USING (council_code)
    UNION ALL
    SELECT substr(election_date, 1, 4), election_date, k.nation, 'ward', w.council_code, 0, w.source_id
    FROM ward_party_votes w LEFT JOIN councils k USING (council_code)
    UNION ALL
    SELECT substr(election_date, 1, 4), election_date, k.nation, 'council', r.council_code, 0, r.source_id
    FROM council_results r LEFT JOIN councils k USING (council_code)
    UNION ALL
    SELECT CAST(as_of_year AS VARCHAR), CAST(as_of_year AS VARCHAR), k.nation, 'composition', m.council_code, 0,
           m.source_id
    FROM council_composition m LEFT JOIN councils k USING (council_code)
    UNION ALL
    SELECT substr(election_date, 1, 4), election_date, scope, 'national', NULL, 0, source_id FROM national_tallies
    UNION ALL
    SELECT substr(election_date, 1, 4), election_date, 'England', 'mayoral', mayoralty_code, 0, source_id
    FROM mayoral_results
    UNION ALL
    SELECT substr(election_date, 1, 4), election_date, 'England', 'mayoral turnout', mayoralty_code, 0, source_id
    FROM mayoral_turnout
    UNION ALL
    SELECT substr(election_date, 1, 4), election_date, scope, 'national vote share', NULL, 0, source_id
    FROM national_vote_share
    UNION ALL
    SELECT CAST(election_year AS VARCHAR), CAST(election_year AS VARCHAR), 'GB', 'PNS/NEV', NULL, 0, source_id
    FROM projected_share
    UNION ALL
    SELECT substr(election_date, 1, 4), election_date, scope, 'general election', NULL, 0, source_id
    FROM general_election_results WHERE scope IN ('UK', 'GB', 'England', 'Scotland', 'Wales')
    UNION ALL
    SELECT substr(election_date, 1, 4), substr(election_date, 1, 4) || ' (Westminster)', country, 'by-election',
           constituency_code, 0, source_id
    FROM parliament_contests WHERE kind = 'by-election'
    UNION ALL
    SELECT substr(election_date, 1, 4), election_date, k.nation, 'seats defended', d.council_code, 0, d.source_id
    FROM seats_defended d LEFT JOIN councils k USING (council_code)
)
SELECT year, election, coalesce(nation, '?') AS nation, granularity,
       count(DISTINCT unit) AS councils, sum(candidate) AS candidates, count(*) AS rows,
       count(DISTINCT source_id) AS sources,
       string_agg(DISTINCT source_id, ', ' ORDER BY source_id) AS source_ids
FROM facts
GROUP BY ALL
ORDER BY year, election, nation, granularity;

-- name: sources_list
-- description: Every source with publisher, licence and how many rows cite it.
SELECT source_id, publisher, title, licence, url FROM sources ORDER BY source_id;
