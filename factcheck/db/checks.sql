-- Validation queries for `factcheck data check` (factcheck/db/checks.py). Each returns the offending rows:
-- no rows means the check passes.

-- name: ward_seats_filled
-- description: In every ward contest of every candidate file, the number elected equals the seats up (fewer
-- only where every candidate was elected: too few candidates stood, the rest of the seats stayed vacant).
SELECT source_id, election_date, council_code, coalesce(ward_code, ward_name) AS ward,
       max(seats) AS seats_up, count(*) FILTER (WHERE elected) AS elected
FROM candidates
GROUP BY source_id, election_date, council_code, ward_code, ward_name
HAVING max(seats) IS NOT NULL
   AND (count(*) FILTER (WHERE elected) > max(seats)
        OR (count(*) FILTER (WHERE elected) < max(seats) AND count(*) FILTER (WHERE NOT elected) > 0))
ORDER BY source_id, election_date, council_code;

-- name: council_seats_won
-- description: Seats won per council (summed over parties) equal the seats up, less seats left vacant for want
-- of candidates.
WITH vacant AS (
    SELECT election_date, council_code, sum(seats - elected) AS vacant
    FROM ward_contest WHERE elected < seats AND elected = candidates GROUP BY ALL
)
SELECT e.election_date, e.council_code, e.seats_up, sum(r.seats_won) AS seats_won
FROM council_election e JOIN council_party_result r USING (election_date, council_code)
LEFT JOIN vacant v USING (election_date, council_code)
GROUP BY e.election_date, e.council_code, e.seats_up, v.vacant
HAVING sum(r.seats_won) + coalesce(v.vacant, 0) <> e.seats_up
ORDER BY e.election_date, e.council_code;

-- name: composition_over_size
-- description: No composition has more seats held than the council's stated size.
SELECT council_code, as_of_year, source_id, sum(seats) AS seats_held, max(total_seats) AS total_seats
FROM council_composition
GROUP BY council_code, as_of_year, source_id
HAVING sum(seats) > max(total_seats)
ORDER BY as_of_year, council_code;

-- name: composition_vacancies
-- description: Compositions whose seats held fall short of the stated size (vacancies; a warning).
SELECT council_code, as_of_year, source_id, sum(seats) AS seats_held, max(total_seats) AS total_seats
FROM council_composition
GROUP BY council_code, as_of_year, source_id
HAVING sum(seats) < max(total_seats)
ORDER BY as_of_year, council_code;

-- name: rows_without_source
-- description: Rows whose source_id is empty or not in `sources`, per table.
SELECT t.tbl, count(*) AS rows
FROM (SELECT 'councils' AS tbl, source_id FROM councils
      UNION ALL SELECT 'council_aliases', source_id FROM council_aliases
      UNION ALL SELECT 'council_events', source_id FROM council_events
      UNION ALL SELECT 'wards', source_id FROM wards
      UNION ALL SELECT 'party_aliases', source_id FROM party_aliases
      UNION ALL SELECT 'candidates', source_id FROM candidates
      UNION ALL SELECT 'ward_party_votes', source_id FROM ward_party_votes
      UNION ALL SELECT 'council_results', source_id FROM council_results
      UNION ALL SELECT 'council_composition', source_id FROM council_composition
      UNION ALL SELECT 'council_control', source_id FROM council_control
      UNION ALL SELECT 'national_tallies', source_id FROM national_tallies
      UNION ALL SELECT 'projected_share', source_id FROM projected_share
      UNION ALL SELECT 'mayoralties', source_id FROM mayoralties
      UNION ALL SELECT 'mayoral_results', source_id FROM mayoral_results
      UNION ALL SELECT 'council_events', source_id FROM council_events
      UNION ALL SELECT 'seats_defended', source_id FROM seats_defended
      UNION ALL SELECT 'councillors_by_party', source_id FROM councillors_by_party
      UNION ALL SELECT 'general_election_results', source_id FROM general_election_results
      UNION ALL SELECT 'parliament_contests', source_id FROM parliament_contests
      UNION ALL SELECT 'parliament_candidates', source_id FROM parliament_candidates) t
LEFT JOIN sources s USING (source_id)
WHERE s.source_id IS NULL
GROUP BY t.tbl;

-- name: shares_off_100
-- description: Council elections whose party shares (effective or raw) do not sum to 100 +/- 0.5.
SELECT election_date, council_code, round(sum(share_effective), 2) AS effective, round(sum(share_raw), 2) AS raw
FROM council_party_result
GROUP BY election_date, council_code
HAVING sum(share_raw) IS NOT NULL
   AND (abs(sum(share_raw) - 100) > 0.5 OR abs(coalesce(sum(share_effective), 100) - 100) > 0.5)
ORDER BY election_date, council_code;

-- name: duplicate_candidates
-- description: The same candidate (name, party and votes) listed twice in one ward contest of one file.
-- Votes are part of the key: some files give only initials, and two people can share them.
SELECT source_id, election_date, council_code, coalesce(ward_code, ward_name) AS ward, candidate, party_id,
       votes, count(*) AS times
FROM candidates
GROUP BY source_id, election_date, council_code, ward_code, ward_name, candidate, party_id, votes
HAVING count(*) > 1
ORDER BY source_id, election_date, council_code;

-- name: unknown_council_codes
-- description: Council codes used by result tables but missing from `councils`.
SELECT t.tbl, t.council_code, count(*) AS rows
FROM (SELECT 'candidates' AS tbl, council_code FROM candidates
      UNION ALL SELECT 'ward_party_votes', council_code FROM ward_party_votes
      UNION ALL SELECT 'council_results', council_code FROM council_results
      UNION ALL SELECT 'council_composition', council_code FROM council_composition
      UNION ALL SELECT 'council_control', council_code FROM council_control) t
LEFT JOIN councils c USING (council_code)
WHERE c.council_code IS NULL
GROUP BY t.tbl, t.council_code;

-- name: ambiguous_aliases
-- description: Spellings that point at two councils not linked as predecessor and successor.
WITH pairs AS (
    SELECT DISTINCT a.alias_norm, a.council_code AS one, b.council_code AS other
    FROM council_aliases a JOIN council_aliases b ON a.alias_norm = b.alias_norm AND a.council_code < b.council_code
)
SELECT p.alias_norm, p.one, p.other
FROM pairs p
JOIN councils c1 ON c1.council_code = p.one
JOIN councils c2 ON c2.council_code = p.other
WHERE coalesce(c1.successor_code, '') <> p.other AND coalesce(c2.successor_code, '') <> p.one
  AND NOT list_contains(string_split(coalesce(c1.predecessor_codes, ''), ';'), p.other)
  AND NOT list_contains(string_split(coalesce(c2.predecessor_codes, ''), ';'), p.one)
ORDER BY p.alias_norm;

-- name: council_link_cycles
-- description: Councils whose chain of successors (or of re-codings) leads back to themselves.
WITH RECURSIVE walk(start, code, depth) AS (
    SELECT council_code, successor_code, 1 FROM councils WHERE successor_code IS NOT NULL
    UNION ALL
    SELECT w.start, c.successor_code, w.depth + 1
    FROM walk w JOIN councils c ON c.council_code = w.code
    WHERE c.successor_code IS NOT NULL AND w.depth < 50
)
SELECT DISTINCT start AS council_code FROM walk WHERE code = start
UNION
SELECT e.council_code FROM council_events e
WHERE e.event = 'recoded' AND list_contains(string_split(e.related_codes, ';'), e.council_code);

-- name: control_sources_disagree
-- description: Council elections 2016-2024 where sources give different control on the same basis (a warning).
SELECT b.election_year, b.council_code, k.name, b.basis_kind, b.as_of_year,
       string_agg(b.source_id || '=' || b.control, ', ' ORDER BY b.source_id) AS controls
FROM council_control_bases b LEFT JOIN councils k USING (council_code)
WHERE b.election_year BETWEEN 2016 AND 2024 AND b.basis_kind IN ('after', 'previous_election')
GROUP BY ALL
HAVING count(DISTINCT b.control) > 1
ORDER BY b.election_year, k.name, b.basis_kind;

-- name: control_bases_differ
-- description: Council elections 2016-2024 whose control before differs between the two bases (as left by the
-- previous election v the snapshot for the year before): mid-term changes, or a snapshot of another date.
WITH per_basis AS (
    SELECT election_year, council_code, basis_kind, string_agg(DISTINCT control, '/' ORDER BY control) AS control
    FROM council_control_bases WHERE election_year BETWEEN 2016 AND 2024 AND basis_kind <> 'after' GROUP BY ALL
)
SELECT a.election_year, a.council_code, k.name, a.control AS previous_election, b.control AS year_before
FROM per_basis a JOIN per_basis b USING (election_year, council_code)
LEFT JOIN councils k USING (council_code)
WHERE a.basis_kind = 'previous_election' AND b.basis_kind = 'year_before' AND a.control <> b.control
ORDER BY a.election_year, k.name;

-- name: general_election_shares_off_100
-- description: General-election party shares that do not sum to 100 +/- 0.5 in a scope.
SELECT election_date, kind, scope, round(sum(share_pct), 2) AS total
FROM general_election_results GROUP BY ALL HAVING abs(sum(share_pct) - 100) > 0.5;

-- name: byelection_votes_off
-- description: By-elections whose candidates' votes do not sum to the constituency's valid votes (both kept).
SELECT c.election_date, c.constituency, c.valid_votes, sum(p.votes) AS candidate_votes
FROM parliament_contests c JOIN parliament_candidates p USING (election_date, kind, constituency_code)
WHERE c.kind = 'by-election'
GROUP BY ALL HAVING sum(p.votes) <> c.valid_votes
ORDER BY c.election_date;

-- name: control_against_composition
-- description: Stated control that the same source's composition does not give by the majority rule (more than
-- half of all seats), on the as-left basis, 2016-2024 (a warning; the 'other' catch-all is not compared).
SELECT c.council_code, k.name, c.as_of_year, c.source_id, c.control AS stated, d.control AS by_composition,
       d.largest_party, d.largest_seats, d.total_seats
FROM council_control c
JOIN council_control_derived d USING (council_code, as_of_year, source_id)
LEFT JOIN councils k USING (council_code)
WHERE c.as_of_year BETWEEN 2016 AND 2024 AND d.control IS NOT NULL AND c.control <> 'other'
  AND c.control <> d.control
ORDER BY c.as_of_year, k.name;

-- name: alias_codes
-- description: The council codes a normalised spelling resolves to, and which tables use each code.
SELECT a.council_code,
       (SELECT count(DISTINCT c.source_id) FROM candidates c WHERE c.council_code = a.council_code) AS candidate_files,
       (SELECT count(*) FROM council_composition m WHERE m.council_code = a.council_code) AS composition_rows
FROM (SELECT DISTINCT council_code FROM council_aliases WHERE alias_norm = $alias_norm) a;

-- name: sources_disagree
-- description: Council elections where two candidate files give a party different votes or seats (a warning).
WITH per_source AS (
    SELECT election_date, council_code, party_id, source_id, sum(votes) AS votes,
           count(*) FILTER (WHERE elected) AS seats
    FROM candidates GROUP BY ALL
)
SELECT a.election_date, a.council_code, a.party_id, a.source_id AS source_a, a.votes AS votes_a, a.seats AS seats_a,
       b.source_id AS source_b, b.votes AS votes_b, b.seats AS seats_b
FROM per_source a JOIN per_source b
  ON a.election_date = b.election_date AND a.council_code = b.council_code AND a.party_id = b.party_id
 AND a.source_id < b.source_id
WHERE a.votes IS DISTINCT FROM b.votes OR a.seats <> b.seats
ORDER BY a.election_date, a.council_code, a.party_id;

-- name: spot_party_votes
-- description: A party's total votes (all candidates) in one council election, from one file.
SELECT sum(c.votes) FROM candidates c
WHERE c.source_id = $source AND c.election_date = $election AND c.party_id = $party
  AND c.council_code IN (SELECT council_code FROM council_aliases WHERE alias_norm = $council_norm);

-- name: spot_party_seats
-- description: Seats a party won in one council election (or a whole file when council_norm is '*'), one file.
SELECT CASE WHEN count(*) > 0 THEN count(*) FILTER (WHERE c.party_id = $party AND c.elected) END
FROM candidates c
WHERE c.source_id = $source AND c.election_date = $election
  AND ($council_norm = '*'
       OR c.council_code IN (SELECT council_code FROM council_aliases WHERE alias_norm = $council_norm));

-- name: spot_total_votes
-- description: All votes cast for all candidates in one council election, from one file.
SELECT sum(c.votes) FROM candidates c
WHERE c.source_id = $source AND c.election_date = $election
  AND c.council_code IN (SELECT council_code FROM council_aliases WHERE alias_norm = $council_norm);
