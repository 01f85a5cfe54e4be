-- Westminster results for claims that name a general election or a parliamentary by-election
-- (factcheck/query/westminster.py plans them; factcheck/judge/westminster.py reads them).

-- name: general_election_dates
-- description: Every general election the reference data holds, with the kinds of result held for it (general, or the notional result on later boundaries).
SELECT election_date, string_agg(DISTINCT kind, ', ' ORDER BY kind) AS kinds
FROM general_election_results
GROUP BY election_date
ORDER BY election_date;

-- name: general_election_party_all
-- description: A party's votes, share and seats at every general election held, for the UK, GB, each nation and English region (kind: general or notional).
SELECT * FROM general_election_results
WHERE party_id = $party
ORDER BY election_date, kind, scope;

-- name: parliament_by_election
-- description: Every candidate at the Westminster by-elections in a constituency named in full or by its first words ("Tiverton" for Tiverton and Honiton), with the contest's valid votes, majority and result.
SELECT p.*, c.valid_votes, c.majority, c.result
FROM parliament_candidates p
JOIN parliament_contests c USING (election_date, kind, constituency_code)
WHERE c.kind = 'by-election'
  AND (lower(p.constituency) = lower($constituency)
       OR lower(replace(p.constituency, ',', '')) = lower(replace($constituency, ',', ''))
       OR lower(replace(p.constituency, ',', '')) LIKE lower(replace($constituency, ',', '')) || ' and %')
ORDER BY p.election_date, p.constituency, p.votes DESC;
