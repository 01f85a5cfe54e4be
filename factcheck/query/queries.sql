-- Named queries the checker runs. Each verdict's evidence names the query and its parameters.
-- Views used here are defined in factcheck/db/views.sql and documented in reference_data/README.md.

-- name: gazetteer_places
-- description: Every spelling of every council and mayoralty, for resolving places.
SELECT a.alias, a.council_code AS code, c.name, 'council' AS kind
FROM council_aliases a JOIN councils c USING (council_code)
UNION
SELECT c.name, c.council_code, c.name, 'council' FROM councils c
UNION
SELECT a.alias, a.mayoralty_code, m.name, 'mayoralty'
FROM mayoralty_aliases a JOIN mayoralties m USING (mayoralty_code)
UNION
SELECT m.name, m.mayoralty_code, m.name, 'mayoralty' FROM mayoralties m
ORDER BY 4, 2, 1;

-- name: gazetteer_parties
-- description: Every party label the sources use, with its canonical party id.
SELECT alias, party_id FROM party_aliases
UNION SELECT name, party_id FROM parties
UNION SELECT short_name, party_id FROM parties WHERE short_name IS NOT NULL
ORDER BY 2, 1;

-- name: party_names
-- description: Each party's display name.
SELECT party_id, name FROM parties;

-- name: election_places
-- description: Which councils and mayoralties voted on which day, from every table that records results.
SELECT DISTINCT CAST(election_date AS VARCHAR) AS election_date, council_code AS code FROM council_party_result
UNION SELECT DISTINCT CAST(election_date AS VARCHAR), council_code FROM council_results
UNION SELECT DISTINCT CAST(election_date AS VARCHAR), council_code FROM ward_party_votes
UNION SELECT DISTINCT CAST(election_date AS VARCHAR), mayoralty_code FROM mayoral_results
UNION SELECT DISTINCT CAST(election_date AS VARCHAR), scope FROM national_tallies;

-- name: all_sources
-- description: Every source, for citations.
SELECT source_id, publisher, title, url, licence FROM sources ORDER BY source_id;

-- name: council_seat_change
-- description: Seats won by each party in a council, and the net change against the last time the same seats were fought (from candidate results; for elections with none, seats won as published against the candidate results of the last time).
SELECT s.* REPLACE ($council AS council_code), p.source_ids
FROM council_seat_change s
LEFT JOIN council_party_result p USING (election_date, council_code, party_id)
WHERE CAST(s.election_date AS VARCHAR) = $election
  AND s.council_code IN (SELECT same_code FROM council_same_as WHERE council_code = $council)
UNION ALL BY NAME
SELECT s.* REPLACE ($council AS council_code) FROM council_seat_change_published s
WHERE CAST(s.election_date AS VARCHAR) = $election
  AND s.council_code IN (SELECT same_code FROM council_same_as WHERE council_code = $council)
UNION ALL BY NAME
SELECT s.* FROM council_seat_change_county s
WHERE CAST(s.election_date AS VARCHAR) = $election AND s.council_code = $council
ORDER BY seats_won DESC NULLS LAST;

-- name: council_party_result
-- description: Seats and votes (raw and top-candidate "effective") per party in one council at one election.
SELECT * FROM council_party_result
WHERE CAST(election_date AS VARCHAR) = $election AND council_code = $council
ORDER BY seats_won DESC NULLS LAST, votes_effective DESC NULLS LAST;

-- name: council_share_change
-- description: Vote share per party (effective and raw) and its change against the last time the seats were fought.
SELECT s.* REPLACE ($council AS council_code), p.source_ids
FROM council_share_change s
LEFT JOIN council_party_result p USING (election_date, council_code, party_id)
WHERE CAST(s.election_date AS VARCHAR) = $election
  AND s.council_code IN (SELECT same_code FROM council_same_as WHERE council_code = $council)
ORDER BY s.share_effective DESC NULLS LAST;

-- name: council_results_published
-- description: Council-level results as a source published them (curated summaries, derived exports), in a year.
SELECT * REPLACE ($council AS council_code) FROM council_results
WHERE year(CAST(election_date AS DATE)) = $year
  AND council_code IN (SELECT same_code FROM council_same_as WHERE council_code = $council)
ORDER BY source_id, seats_won DESC NULLS LAST;

-- name: council_composition_year
-- description: Seats held by every party on the whole council in a year (after that year's election), by source; under any earlier or later code of the same council too.
SELECT * REPLACE ($council AS council_code), council_code AS recorded_code FROM council_composition
WHERE council_code IN (SELECT same_code FROM council_same_as WHERE council_code = $council) AND as_of_year = $year
ORDER BY source_id, seats DESC;

-- name: council_composition_history
-- description: Seats held by a party in a council, year by year (from_year to to_year), as each source records them, the fullest count first (a source missing a postponed or undeclared seat after one that counts every seat); across re-codings (recorded_code is the code the source used).
SELECT * REPLACE ($council AS council_code), council_code AS recorded_code FROM council_composition
WHERE council_code IN (SELECT same_code FROM council_same_as WHERE council_code = $council)
  AND party_id = $party AND as_of_year BETWEEN $from_year AND $to_year
ORDER BY as_of_year, total_seats DESC NULLS LAST, source_id, seats DESC;

-- name: council_control_history
-- description: Who controlled a council each year (from_year to to_year): stated by a source, and derived from composition; across re-codings (recorded_code is the code the source used).
SELECT s.council_code, h.as_of_year, h.control, h.basis, h.source_id, h.how, h.council_code AS recorded_code
FROM council_control_stated_and_derived h JOIN council_same_as s ON s.same_code = h.council_code
WHERE s.council_code = $council AND h.as_of_year BETWEEN $from_year AND $to_year
ORDER BY h.as_of_year, h.how DESC, h.source_id;

-- name: council_control_bases
-- description: Control before (as left by the previous election; the snapshot for the year before) and after a council's election in a year, one row per basis and source.
SELECT * FROM council_control_bases
WHERE council_code = $council AND election_year = $year
ORDER BY basis_kind, source_id;

-- name: council_events
-- description: A council's creation, abolition and re-coding (under any of its codes), with the councils on the other side.
SELECT s.council_code, e.council_code AS recorded_code, e.event, e.event_year, e.event_date, e.related_codes,
       e.basis, e.source_id
FROM council_events e JOIN council_same_as s ON s.same_code = e.council_code
WHERE s.council_code = $council
ORDER BY e.event_year NULLS LAST, e.event;

-- name: party_councils_controlled
-- description: Every council a party controlled in the record (stated or derived from composition), with its first and last year, earliest first, and the year the whole record starts: for "their first ever council".
SELECT h.council_code, coalesce(any_value(c.name), h.council_code) AS council_name, min(h.as_of_year) AS first_year,
       max(h.as_of_year) AS last_year, arg_min(h.source_id, h.as_of_year) AS source_id,
       (SELECT min(as_of_year) FROM council_control_stated_and_derived) AS record_from
FROM council_control_stated_and_derived h LEFT JOIN councils c ON c.council_code = h.council_code
WHERE h.control = $party
GROUP BY h.council_code
ORDER BY first_year, council_name;

-- name: ward_seat_movements
-- description: Seats a party won and lost ward by ward against the baseline election (gross gains and losses).
WITH now AS (
    SELECT coalesce(ward_code, lower(ward_name)) AS ward, party_id, sum(CASE WHEN elected THEN 1 ELSE 0 END) AS won
    FROM candidates WHERE CAST(election_date AS VARCHAR) = $election AND council_code = $council
    GROUP BY ALL
), before AS (
    SELECT coalesce(ward_code, lower(ward_name)) AS ward, party_id, sum(CASE WHEN elected THEN 1 ELSE 0 END) AS won
    FROM candidates WHERE CAST(election_date AS VARCHAR) = $baseline AND council_code = $council
    GROUP BY ALL
)
SELECT coalesce(now.ward, before.ward) AS ward, coalesce(now.party_id, before.party_id) AS party_id,
       coalesce(now.won, 0) AS won_now, coalesce(before.won, 0) AS won_before
FROM now FULL OUTER JOIN before ON now.ward = before.ward AND now.party_id = before.party_id
WHERE coalesce(now.won, 0) <> coalesce(before.won, 0);

-- name: national_tally
-- description: National councillor and council tallies for a party at an election, by publisher (and summed from council results where a whole scope voted all-out), final and mid-count.
SELECT * FROM national_tallies_all_bases
WHERE CAST(election_date AS VARCHAR) = $election AND party_id = $party
ORDER BY as_of NULLS FIRST, publisher, scope;

-- name: national_tallies_all
-- description: Every party's national tallies at an election, by publisher (and summed from council results where a whole scope voted all-out) (for rankings such as "the clear winner").
SELECT * FROM national_tallies_all_bases
WHERE CAST(election_date AS VARCHAR) = $election AND as_of IS NULL
ORDER BY publisher, scope, councillors DESC NULLS LAST;

-- name: national_tally_year
-- description: National tallies for a party at the main election of a year (for "down on 2012").
SELECT * FROM national_tallies_all_bases
WHERE year(CAST(election_date AS DATE)) = $year AND party_id = $party AND as_of IS NULL
ORDER BY publisher, scope;

-- name: projected_share
-- description: Projected national share (BBC PNS) and national equivalent vote (Rallings & Thrasher) for a year.
SELECT * FROM projected_share
WHERE election_year = $year AND party_id = $party
ORDER BY measure, publisher;

-- name: general_election_party
-- description: A party's votes, share and seats at the general election(s) of a year, for the UK, GB, each nation and English region (kind: general or the notional result on new boundaries).
SELECT * FROM general_election_results
WHERE year(CAST(election_date AS DATE)) = $year AND party_id = $party
ORDER BY kind, scope;

-- name: general_elections_all
-- description: Every party's result at every general election in one scope (UK, GB, England, Scotland, Wales, an English region).
SELECT * FROM general_election_results
WHERE scope = $scope
ORDER BY election_date, kind, votes DESC;

-- name: parliament_contest
-- description: Every candidate at a Westminster contest (general or by-election) in a constituency, by name or GSS code, in a year.
SELECT p.*, c.valid_votes, c.majority, c.result
FROM parliament_candidates p
JOIN parliament_contests c USING (election_date, kind, constituency_code)
WHERE year(CAST(p.election_date AS DATE)) = $year
  AND (p.constituency_code = $constituency OR lower(p.constituency) = lower($constituency))
ORDER BY p.election_date, p.kind, p.votes DESC;

-- name: byelections
-- description: Westminster by-elections between two dates, with winner, result and majority.
SELECT c.*, p.candidate AS winner, p.party_id AS winner_party, p.share_pct AS winner_share
FROM parliament_contests c
JOIN parliament_candidates p USING (election_date, kind, constituency_code)
WHERE c.kind = 'by-election' AND p.elected AND c.election_date BETWEEN $from_date AND $to_date
ORDER BY c.election_date;

-- name: seats_defended
-- description: Seats each party held that were up at a council's election, from the councillor roster of the year before.
SELECT * FROM seats_defended
WHERE council_code IN (SELECT same_code FROM council_same_as WHERE council_code = $council)
  AND CAST(election_date AS VARCHAR) = $election
ORDER BY seats DESC;

-- name: projected_share_series
-- description: A party's projected national share (PNS) and national equivalent vote (NEV) in every year held, for "the worst since" claims.
SELECT * FROM projected_share
WHERE party_id = $party
ORDER BY measure, publisher, election_year;

-- name: mayoral_contest
-- description: Every candidate in a mayoral election, round by round.
SELECT * FROM mayoral_results
WHERE CAST(election_date AS VARCHAR) = $election AND mayoralty_code = $mayoralty
ORDER BY round, votes DESC NULLS LAST;

-- name: councillors_by_year
-- description: Councillors held by each party across all councils, year by year (sum of composition rows).
SELECT as_of_year, party_id, sum(seats) AS seats, count(DISTINCT council_code) FILTER (WHERE seats > 0) AS councils, source_id
FROM council_composition
WHERE basis ILIKE '%open council data%' OR source_id ILIKE 'ocd%'
GROUP BY as_of_year, party_id, source_id
UNION ALL
SELECT as_of_year, party_id, councillors, NULL, source_id FROM councillors_by_party WHERE scope = 'GB'
ORDER BY as_of_year, seats DESC;

-- Batched forms: one query answers the same question for every council a document names.
-- The checker splits their rows by council (and party), so each claim's evidence is exactly the rows the
-- single-council query above returns.

-- name: council_seat_change_all
-- description: council_seat_change for every council at one election (a few thousand rows at most).
SELECT s.* REPLACE (a.council_code AS council_code), p.source_ids
FROM council_seat_change s
JOIN council_same_as a ON a.same_code = s.council_code
LEFT JOIN council_party_result p
  ON p.election_date = s.election_date AND p.council_code = s.council_code AND p.party_id = s.party_id
WHERE CAST(s.election_date AS VARCHAR) = $election
UNION ALL BY NAME
SELECT s.* REPLACE (a.council_code AS council_code)
FROM council_seat_change_published s JOIN council_same_as a ON a.same_code = s.council_code
WHERE CAST(s.election_date AS VARCHAR) = $election
UNION ALL BY NAME
SELECT s.* FROM council_seat_change_county s WHERE CAST(s.election_date AS VARCHAR) = $election
ORDER BY council_code, seats_won DESC NULLS LAST;

-- name: council_share_change_all
-- description: council_share_change for every council at one election.
SELECT s.* REPLACE (a.council_code AS council_code), p.source_ids
FROM council_share_change s
JOIN council_same_as a ON a.same_code = s.council_code
LEFT JOIN council_party_result p
  ON p.election_date = s.election_date AND p.council_code = s.council_code AND p.party_id = s.party_id
WHERE CAST(s.election_date AS VARCHAR) = $election
ORDER BY a.council_code, s.share_effective DESC NULLS LAST;

-- name: council_results_published_all
-- description: council_results_published for every council in one year.
SELECT r.* REPLACE (a.council_code AS council_code) FROM council_results r
JOIN council_same_as a ON a.same_code = r.council_code
WHERE year(CAST(r.election_date AS DATE)) = $year
ORDER BY a.council_code, r.source_id, r.seats_won DESC NULLS LAST;

-- name: council_control_history_many
-- description: council_control_history for a list of councils over the same years.
SELECT s.council_code, h.as_of_year, h.control, h.basis, h.source_id, h.how, h.council_code AS recorded_code
FROM council_control_stated_and_derived h JOIN council_same_as s ON s.same_code = h.council_code
WHERE list_contains($councils, s.council_code) AND h.as_of_year BETWEEN $from_year AND $to_year
ORDER BY s.council_code, h.as_of_year, h.how DESC, h.source_id;

-- name: council_composition_history_many
-- description: council_composition_history for lists of councils and parties over the same years.
SELECT m.* REPLACE (s.council_code AS council_code), m.council_code AS recorded_code
FROM council_composition m JOIN council_same_as s ON s.same_code = m.council_code
WHERE list_contains($councils, s.council_code) AND list_contains($partys, m.party_id)
  AND m.as_of_year BETWEEN $from_year AND $to_year
ORDER BY council_code, m.party_id, m.as_of_year, m.total_seats DESC NULLS LAST, m.source_id, m.seats DESC;

-- name: council_seat_change_many
-- description: council_seat_change for a list of councils at one election.
SELECT s.* REPLACE (a.council_code AS council_code), p.source_ids
FROM council_seat_change s
JOIN council_same_as a ON a.same_code = s.council_code
LEFT JOIN council_party_result p
  ON p.election_date = s.election_date AND p.council_code = s.council_code AND p.party_id = s.party_id
WHERE CAST(s.election_date AS VARCHAR) = $election AND list_contains($councils, a.council_code)
UNION ALL BY NAME
SELECT s.* REPLACE (a.council_code AS council_code)
FROM council_seat_change_published s JOIN council_same_as a ON a.same_code = s.council_code
WHERE CAST(s.election_date AS VARCHAR) = $election AND list_contains($councils, a.council_code)
UNION ALL BY NAME
SELECT s.* FROM council_seat_change_county s
WHERE CAST(s.election_date AS VARCHAR) = $election AND list_contains($councils, s.council_code)
ORDER BY council_code, seats_won DESC NULLS LAST;

-- name: council_share_change_many
-- description: council_share_change for a list of councils at one election.
SELECT s.* REPLACE (a.council_code AS council_code), p.source_ids
FROM council_share_change s
JOIN council_same_as a ON a.same_code = s.council_code
LEFT JOIN council_party_result p
  ON p.election_date = s.election_date AND p.council_code = s.council_code AND p.party_id = s.party_id
WHERE CAST(s.election_date AS VARCHAR) = $election AND list_contains($councils, a.council_code)
ORDER BY a.council_code, s.share_effective DESC NULLS LAST;

-- name: council_results_published_many
-- description: council_results_published for a list of councils in one year.
SELECT r.* REPLACE (a.council_code AS council_code) FROM council_results r
JOIN council_same_as a ON a.same_code = r.council_code
WHERE year(CAST(r.election_date AS DATE)) = $year AND list_contains($councils, a.council_code)
ORDER BY a.council_code, r.source_id, r.seats_won DESC NULLS LAST;

-- name: council_control_history_all
-- description: council_control_history for every council over the same years.
SELECT s.council_code, h.as_of_year, h.control, h.basis, h.source_id, h.how, h.council_code AS recorded_code
FROM council_control_stated_and_derived h JOIN council_same_as s ON s.same_code = h.council_code
WHERE h.as_of_year BETWEEN $from_year AND $to_year
ORDER BY s.council_code, h.as_of_year, h.how DESC, h.source_id;

-- name: council_composition_history_all
-- description: council_composition_history for every council and party over the same years.
SELECT m.* REPLACE (s.council_code AS council_code), m.council_code AS recorded_code
FROM council_composition m JOIN council_same_as s ON s.same_code = m.council_code
WHERE m.as_of_year BETWEEN $from_year AND $to_year
ORDER BY council_code, m.party_id, m.as_of_year, m.total_seats DESC NULLS LAST, m.source_id, m.seats DESC;

-- name: national_vote_share
-- description: A party's vote share across a whole nation (first preferences in Scotland's STV elections, say), one row per publisher and measure.
SELECT * FROM national_vote_share
WHERE CAST(election_date AS VARCHAR) = $election AND party_id = $party
ORDER BY scope, publisher, measure;

-- name: mayoral_history
-- description: Every result of a mayoralty, election by election and round by round (for changes between elections); no candidate names or winners, so a candidate of another year is never taken for the claim's subject.
SELECT election_date, mayoralty_code, round, party_id, votes, share_pct, turnout_pct, source_id FROM mayoral_results
WHERE mayoralty_code = $mayoralty
ORDER BY election_date, round, votes DESC NULLS LAST;

-- name: mayoral_turnout
-- description: Turnout in a mayoralty's elections, for the whole area (council_code NULL) and for each count area, one row per source.
SELECT t.*, c.name AS council_name FROM mayoral_turnout t LEFT JOIN councils c USING (council_code)
WHERE t.mayoralty_code = $mayoralty
ORDER BY t.election_date, t.council_code NULLS FIRST, t.source_id;

-- name: mayoral_turnout_council
-- description: Turnout counted in one council for a mayoral election held there that day.
SELECT t.*, m.name AS mayoralty_name FROM mayoral_turnout t JOIN mayoralties m USING (mayoralty_code)
WHERE CAST(t.election_date AS VARCHAR) = $election AND t.council_code = $council
ORDER BY t.source_id;
