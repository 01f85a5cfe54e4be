"""Example sentences for the extract stage, as data: (text, expected claims in order).

Each expected claim is a dict of the Claim fields to check (a subset); "value", "unit", "hedge" and "high"
check the quantity, and "has" lists qualifiers that must be present. An empty list means: no claim.
Every sentence here is written for these tests (places, parties and numbers across England, Scotland
and Wales), never copied from the sample texts.
"""

from __future__ import annotations

from typing import Any

Expected = dict[str, Any]

SEAT_CHANGE: list[tuple[str, list[Expected]]] = [
    ("The Greens gained 7 seats in Bristol.",
     [{"type": "seat_change", "party": "The Greens", "place": "Bristol", "value": 7, "unit": "seats",
       "direction": "gain", "hedge": "none"}]),
    ("Plaid Cymru lost twelve councillors in Gwynedd.",
     [{"type": "seat_change", "party": "Plaid Cymru", "place": "Gwynedd", "value": 12, "direction": "loss"}]),
    ("The Lib Dems lost 2 in Eastleigh, lost 5 in Sutton and lost 1 on the Isle of Wight.",
     [{"place": "Eastleigh", "value": 2, "party": "The Lib Dems", "has": ["implied_unit"]},
      {"place": "Sutton", "value": 5, "party": "The Lib Dems", "context_from": "sentence"},
      {"place": "the Isle of Wight", "value": 1, "party": "The Lib Dems"}]),
    ("Labour lost 4 in Wakefield, where the Conservatives gained 2, and lost 3 in Bolton.",
     [{"party": "Labour", "place": "Wakefield", "value": 4, "direction": "loss"},
      {"party": "the Conservatives", "place": "Wakefield", "value": 2, "direction": "gain"},
      {"party": "Labour", "place": "Bolton", "value": 3}]),
    ("The SNP lost 6 councillors in Fife to the Scottish Conservatives.",
     [{"type": "seat_change", "place": "Fife", "other_party": "the Scottish Conservatives",
       "has": ["to:the Scottish Conservatives"]}]),
    ("By mid-afternoon the Conservatives had lost more than 1,000 councillors across England.",
     [{"value": 1000, "hedge": "over", "place": "England", "has": ["national"]}]),
    ("Reform UK won dozens of seats.", [{"value": 24, "hedge": "dozens", "party": "Reform UK"}]),
    ("The Greens won hundreds of seats across the country.", [{"hedge": "hundreds"}]),
    ("Labour made big gains in the south.", [{"type": "seat_change", "direction": "gain", "quantity": None}]),
    ("The Conservatives suffered heavy losses.", [{"direction": "loss"}]),
    ("In Norwich the Greens won 5 new seats.",
     [{"place": "Norwich", "value": 5, "has": ["gross"], "context_from": "sentence"}]),
    ("Labour won a seat in Crawley.", [{"value": 1, "place": "Crawley"}]),
    ("Independents gained almost 40 seats in Cornwall.", [{"hedge": "nearly", "value": 40, "place": "Cornwall"}]),
    ("The Lib Dems gained roughly 70 seats.", [{"hedge": "around", "value": 70}]),
    ("The Tories lost just 6 seats in Essex.", [{"hedge": "none", "value": 6}]),
    ("The Conservatives lost at least 15 seats in Kent.", [{"hedge": "at_least", "value": 15}]),
    ("Plaid gained fewer than 10 seats in Carmarthenshire.", [{"hedge": "under", "value": 10}]),
    ("Labour gained just over 100 seats.", [{"hedge": "just_over", "value": 100}]),
    ("In Dorset the Lib Dems were winning. They gained 3 more seats there on Friday.",
     [{"party": "Lib Dems", "place": "Dorset", "value": 3}]),
    ("Labour lost 7 in Durham and lost 2 in Sunderland and they all went to Reform UK.",
     [{"place": "Durham"}, {"place": "Sunderland"},
      {"other_party": "Reform UK", "has": ["all", "to:Reform UK", "refers:c1,c2"]}]),
    ("The Greens increased their number of councillors by 240.",
     [{"type": "seat_change", "value": 240, "direction": "gain"}]),
    ("The SNP made a net gain of 9 seats in Dundee.", [{"value": 9, "has": ["net"]}]),
    ("The Green results were lower than the high water mark of 2014.",
     [{"type": "seat_change", "direction": "down", "baseline": "2014"}]),
    ("In Wales the slide of the Conservatives continued.", []),
    ("In Scotland the decline of the Lib Dems continued.",
     [{"type": "seat_change", "party": "the Lib Dems", "place": "Scotland", "direction": "loss"}]),
    ("At 6am on Friday, the Greens had gained around 90 seats.",
     [{"as_of": "At 6am on Friday", "has": ["partial_count"], "value": 90}]),
    ("With two thirds of councils declared, the Lib Dems have gained 44 seats.",
     [{"as_of": "With two thirds of councils declared", "value": 44}]),
]

SEAT_COUNT: list[tuple[str, list[Expected]]] = [
    ("In Cardiff, Labour went from 40 seats in 2017 to 55 seats.",
     [{"type": "seat_count", "value": 55, "baseline": "2017", "place": "Cardiff", "has": ["from:40"]}]),
    ("Plaid Cymru hold the most seats (but short of a majority) in Ceredigion and Conwy.",
     [{"type": "seat_count", "place": "Ceredigion", "has": ["most_seats", "no_majority"]},
      {"type": "seat_count", "place": "Conwy"}]),
    ("The Aspire Party elected 5 councillors to Tower Hamlets Council.",
     [{"type": "seat_count", "party": "The Aspire Party", "place": "Tower Hamlets Council", "value": 5}]),
]

CONTROL: list[tuple[str, list[Expected]]] = [
    ("The Lib Dems gained control of Windsor and Maidenhead, Mole Valley and Stratford-on-Avon.",
     [{"type": "council_control", "place": "Windsor and Maidenhead", "direction": "gain"},
      {"place": "Mole Valley"}, {"place": "Stratford-on-Avon"}]),
    ("The Conservatives lost control of Peterborough City Council after 12 years to no party.",
     [{"type": "council_control", "direction": "loss", "place": "Peterborough City Council", "value": 12,
       "unit": "years"}]),
    ("Labour lost control of Bolsover after 50 years to the Independents.",
     [{"other_party": "the Independents", "has": ["after_years", "to:the Independents"]}]),
    ("The SNP won back Midlothian.", [{"type": "council_control", "place": "Midlothian", "direction": "gain"}]),
    ("Labour held Wrexham and took Vale of Glamorgan.",
     [{"place": "Wrexham", "direction": "hold"}, {"place": "Vale of Glamorgan", "direction": "gain"}]),
    ("In Wales the party did well, winning in Cardiff, Swansea and Bridgend.",
     [{"place": "Cardiff", "has": ["won"]}, {"place": "Swansea"}, {"place": "Bridgend"}]),
    ("Labour lost control of 5 councils.",
     [{"type": "council_count_change", "value": 5, "unit": "councils", "direction": "loss"}]),
    ("The Tories won 9 new councils.",
     [{"type": "council_count_change", "value": 9, "direction": "gain", "has": ["gross"]}]),
    ("The Greens made inroads into places such as Mid Suffolk and East Hertfordshire.",
     [{"type": "council_control", "place": "Mid Suffolk"}, {"place": "East Hertfordshire"}]),
    ("Independents who beat the SNP in Orkney Islands and Shetland Islands were celebrating.",
     [{"type": "council_control", "other_party": "SNP", "place": "Orkney Islands", "has": ["beat"]},
      {"place": "Shetland Islands"}]),
    ("In Derby - a tight race - it was the Tories' easiest council gain.",
     [{"type": "council_control", "party": "the Tories", "place": "Derby", "direction": "gain"}]),
    ("Labour will be delighted with gaining control of three councils: Crawley, Swindon and Medway.",
     [{"place": "Crawley"}, {"place": "Swindon"}, {"place": "Medway"}]),
]

VOTES: list[tuple[str, list[Expected]]] = [
    ("The Greens won 18.5% of the vote.", [{"type": "vote_share", "value": 18.5, "unit": "percent", "decimals": 1}]),
    ("In Newcastle, Labour won the popular vote with 51%.",
     [{"type": "vote_share", "place": "Newcastle", "value": 51}]),
    ("In Conwy (where turnout was low), Plaid's vote share was 31.2% (up 4.5 points), Labour 28% (down 3 points).",
     [{"type": "vote_share_change", "party": "Plaid", "place": "Conwy", "value": 4.5, "unit": "points",
       "direction": "up", "has": ["share:31.2"]},
      {"type": "vote_share_change", "party": "Labour", "value": 3, "direction": "down", "has": ["share:28"]}]),
    ("In Leeds, Labour won 30 seats, and its share of the vote went down 3 points.",
     [{"type": "seat_count", "value": 30},
      {"type": "vote_share_change", "party": "Labour", "value": 3, "direction": "down", "place": "Leeds"}]),
    ("The Greens topped the poll in Brighton, adding 6.5 points from 2019.",
     [{"type": "vote_share_change", "value": 6.5, "baseline": "2019"}]),
    ("In last year's council elections, the Conservatives got a projected 30% share of the vote.",
     [{"type": "national_projected_share", "value": 30, "election_hint": "last year's"}]),
    ("The projected national share put Labour on 35% and the Lib Dems on 17%.",
     [{"type": "national_projected_share", "party": "Labour", "value": 35},
      {"type": "national_projected_share", "party": "the Lib Dems", "value": 17}]),
    ("The Greens now have 12 more councillors than before.", [{"type": "seat_change", "value": 12}]),
    ("Turnout was 33% in Powys.", [{"type": "turnout", "party": None}]),
    ("Jane Smith was elected mayor of Bristol with 41,230 votes.",
     [{"type": "mayoral_result", "party": None, "unit": "votes", "value": 41230}]),
    ("Turnout was 29.6% in Fife.", [{"type": "turnout", "value": 29.6, "decimals": 1}]),
    ("The Lib Dems won twice the Labour vote in Somerset and Devon.",
     [{"type": "vote_ratio", "value": 2, "other_party": "Labour", "place": "Somerset"},
      {"type": "vote_ratio", "place": "Devon"}]),
    ("Labour won four times the Green vote in the Tyneside and Teesside mayoral elections.",
     [{"type": "vote_ratio", "value": 4, "has": ["mayoral"]}, {"type": "vote_ratio"}]),
    ("For every Tory voter won from Labour they have lost 3 to Reform UK.",
     [{"type": "vote_ratio", "value": 3, "has": ["per_voter"]}]),
]

RANKING_AND_HISTORY: list[tuple[str, list[Expected]]] = [
    ("The Greens came third in the Bristol mayor vote.",
     [{"type": "ranking", "value": 3, "unit": "rank", "has": ["mayoral"], "place": "the Bristol"}]),
    ("Labour finished 3rd to last in the ward.", [{"type": "ranking", "value": 3, "has": ["from_last"]}]),
    ("In the East Midlands the Conservatives secured a surprise win.",
     [{"type": "ranking", "place": "the East Midlands", "has": ["surprise"]}]),
    ("The SNP narrowly took the Highland (Inverness and beyond) mayoralty.",
     [{"type": "ranking", "place": "the Highland", "has": ["mayoral", "narrow"]}]),
    ("Plaid Cymru is the clear winner in Gwynedd.", [{"type": "ranking", "value": 1}]),
    ("The Lib Dems even increased their majority in St Albans.",
     [{"type": "majority_change", "direction": "up", "place": "St Albans"}]),
    ("The Tories cut the Labour majority in Bassetlaw.", [{"type": "majority_change", "direction": "down"}]),
    ("The Conservatives lost overall control of Dudley council for the first time since 2012.",
     [{"type": "historical_first", "baseline": "2012", "place": "Dudley council", "direction": "loss",
       "has": ["control"]}]),
    ("Labour became the largest party in Scotland for the first time since 2007.",
     [{"type": "historical_first", "baseline": "2007", "has": ["largest_party"]}]),
    ("In Surrey Heath, which has always been Conservative, the Lib Dems won 20 seats.",
     [{"type": "historical_first", "party": "Conservative", "place": "Surrey Heath", "has": ["always"]},
      {"type": "seat_count", "place": "Surrey Heath", "value": 20}]),
    ("A local residents group that took over the council in 2011 held on.",
     [{"type": "historical_first", "election_hint": "2011", "has": ["took_control"]}]),
    ("Labour gained 6 seats in Thurrock. The exception is Basildon, where turnout fell.",
     [{"type": "seat_change", "place": "Thurrock"},
      {"type": "seat_change", "place": "Basildon", "party": "Labour", "has": ["exception"]}]),
    ("Andy Burnham was re-elected mayor of Greater Manchester with 63% in the first round.",
     [{"type": "mayoral_result", "place": "Greater Manchester", "value": 63, "has": ["mayoral", "round1"]}]),
]

NOT_CLAIMS: list[tuple[str, list[Expected]]] = [
    ("Polls predicted the Greens would gain 200 seats.", []),
    ("Pundits were predicting gains of between 400 and 900 council seats.", []),
    ("Labour will win the next general election.", []),
    ("The Conservatives could lose 500 seats.", []),
    ("Plaid should have won Ynys Mon.", []),
    ("Did Labour gain 300 seats?", []),
    ("The council invested £30m in schools and built 800 homes.", []),
    ("After 14 years of Conservative government, voters are tired.", []),
    ("There are four weeks to the general election.", []),
    ("That has always been Labour's mission.", []),
    ("If the Lib Dems win 50 seats, they will celebrate.", []),
    ("Labour did not lose 10 seats in Hull.", []),
    ("The meeting starts at 4.30pm in Swansea.", []),
    ("", []),
]

CASES: list[tuple[str, list[Expected]]] = (
    SEAT_CHANGE + SEAT_COUNT + CONTROL + VOTES + RANKING_AND_HISTORY + NOT_CLAIMS
)

LISTS: list[tuple[str, list[Expected]]] = [
    ("Labour polled twice the Lib Dem vote in the Leeds city region and North of Tyne mayoral elections.",
     [{"type": "vote_ratio", "place": "the Leeds city region", "value": 2, "has": ["mayoral"]},
      {"type": "vote_ratio", "place": "North of Tyne"}]),
    ("Reform won three times the Conservative vote in the Doncaster city and South Yorkshire mayoral races.",
     [{"type": "vote_ratio", "place": "the Doncaster city", "other_party": "Conservative"},
      {"type": "vote_ratio", "place": "South Yorkshire"}]),
    ("Plaid did well, winning in Gwynedd, Ceredigion, Isle of Anglesey and Carmarthenshire.",
     [{"type": "council_control", "party": "Plaid", "place": "Gwynedd"}, {"place": "Ceredigion"},
      {"place": "Isle of Anglesey"}, {"place": "Carmarthenshire"}]),
    ("Labour gained control of Bolton, Calderdale and Kirklees.",
     [{"type": "council_control", "place": "Bolton", "direction": "gain"}, {"place": "Calderdale"},
      {"place": "Kirklees"}]),
    ("The Lib Dems held South Lakeland, Cotswold and North Norfolk.",
     [{"place": "South Lakeland", "direction": "hold"}, {"place": "Cotswold"}, {"place": "North Norfolk"}]),
    ("The Greens lost 3 seats in Stroud City Council.", [{"place": "Stroud City Council", "value": 3}]),
]

CONTEXT: list[tuple[str, list[Expected]]] = [
    ("In rock-solid Surrey Heath (where the Greens campaigned hard), which has never had a Labour council, "
     "the Lib Dems gained 2 seats.",
     [{"type": "historical_first", "place": "Surrey Heath", "has": ["never"]},
      {"type": "seat_change", "party": "the Lib Dems", "place": "Surrey Heath", "context_from": "sentence"}]),
    ("In Scotland, the SNP held Dundee and Labour gained 20 seats.",
     [{"type": "council_control", "place": "Dundee"}, {"type": "seat_change", "place": "Scotland"}]),
    ("I was out canvassing with Sam Patel in Harrogate, and the Lib Dems gained 5 seats.",
     [{"type": "seat_change", "place": "Harrogate", "value": 5}]),
    ("Thanks to Councillor Priya Shah, Labour gained 4 seats.", [{"type": "seat_change", "place": None}]),
    ("Speaking to Tom Evans, the Greens said they gained 4 seats.", [{"type": "seat_change", "place": None}]),
    ("Reform gained\n4 seats in Rotherham.", [{"type": "seat_change", "value": 4, "place": "Rotherham"}]),
    ("- Labour gained 3 seats in Salford\n- The Tories lost 2 seats in Kent",
     [{"place": "Salford", "party": "Labour"}, {"place": "Kent", "party": "The Tories"}]),
]

SHARES: list[tuple[str, list[Expected]]] = [
    ("The Greens' vote share in Norwich was 33.4%.",
     [{"type": "vote_share", "party": "The Greens", "place": "Norwich", "value": 33.4, "decimals": 1}]),
    ("Plaid's vote share in Conwy was 29%.", [{"type": "vote_share", "place": "Conwy", "value": 29}]),
    ("Plaid's share of the vote in Ceredigion fell by 4.5 points.",
     [{"type": "vote_share_change", "place": "Ceredigion", "value": 4.5, "direction": "down"}]),
    ("The Lib Dems took 41% of the vote in Eastleigh.",
     [{"type": "vote_share", "party": "The Lib Dems", "place": "Eastleigh", "value": 41}]),
    ("The Conservatives' share of the vote rose to 27%.",
     [{"type": "vote_share", "value": 27, "direction": "up"}]),
    ("In Dundee the SNP did well: its share fell by 2 points.",
     [{"type": "vote_share_change", "party": "SNP", "place": "Dundee", "value": 2, "direction": "down"}]),
]

CASES += LISTS + CONTEXT + SHARES

HISTORY_PLACES: list[tuple[str, list[Expected]]] = [
    ("The Conservatives lost overall control of Trafford for the first time since 2004.",
     [{"type": "historical_first", "party": "The Conservatives", "place": "Trafford", "baseline": "2004",
       "direction": "loss", "has": ["control"]}]),
    ("Labour won Thurrock for the first time since 2004.",
     [{"type": "historical_first", "party": "Labour", "place": "Thurrock", "direction": "gain"}]),
    ("The Greens took Mid Suffolk for the first time in their history.",
     [{"type": "historical_first", "place": "Mid Suffolk"}]),
    ("Labour became the largest party in Bolton for the first time since 1998.",
     [{"type": "historical_first", "place": "Bolton", "baseline": "1998", "has": ["largest_party"]}]),
    ("Labour became the largest party in Wrexham.",
     [{"type": "ranking", "party": "Labour", "place": "Wrexham", "value": 1, "has": ["largest_party"]}]),
]

MAJORITIES: list[tuple[str, list[Expected]]] = [
    ("The SNP won a majority of seats in Glasgow.",
     [{"type": "seat_count", "party": "SNP", "place": "Glasgow", "quantity": None, "has": ["majority"]}]),
    ("The Lib Dems secured an overall majority in Eastleigh.",
     [{"type": "seat_count", "place": "Eastleigh", "has": ["majority"]}]),
    ("Labour kept its majority on Sunderland council.",
     [{"type": "council_control", "party": "Labour", "direction": "hold", "has": ["majority"]}]),
    ("Plaid Cymru held on to its majority in Gwynedd.",
     [{"type": "council_control", "place": "Gwynedd", "direction": "hold", "has": ["majority"]}]),
    ("Labour lost its majority in Hartlepool.",
     [{"type": "council_control", "place": "Hartlepool", "direction": "loss", "has": ["majority"]}]),
    ("No party has a majority in Bristol.",
     [{"type": "council_control", "party": None, "place": "Bristol", "has": ["no_overall_control"]}]),
    ("In Worcester, no single party won overall control.",
     [{"type": "council_control", "party": None, "place": "Worcester", "has": ["no_overall_control"]}]),
    ("The Lib Dems even increased their majority in Eastleigh.",
     [{"type": "majority_change", "direction": "up"}]),
]

TURNOUT: list[tuple[str, list[Expected]]] = [
    ("Turnout in the West Midlands mayoral election was 26.7%.",
     [{"type": "turnout", "value": 26.7, "decimals": 1, "unit": "percent", "has": ["mayoral"]}]),
    ("The mayoral contest was dull and turnout was just 31% in Tees Valley.",
     [{"type": "turnout", "party": None, "place": "Tees Valley", "value": 31, "has": ["mayoral"]}]),
    ("Turnout in Powys was 38%.", [{"type": "turnout", "place": "Powys", "value": 38}]),
    ("Only 27% of voters turned out in Swansea.", [{"type": "turnout", "place": "Swansea", "value": 27}]),
    ("Swansea saw a 34% turnout.", [{"type": "turnout", "value": 34}]),
]

OF_TOTAL: list[tuple[str, list[Expected]]] = [
    ("Labour won 27 of the 48 seats in Cardiff.",
     [{"type": "seat_count", "party": "Labour", "place": "Cardiff", "value": 27, "has": ["of:48"]}]),
    ("The Lib Dems took control of Somerset, winning 36 of the 55 seats.",
     [{"type": "council_control", "place": "Somerset", "direction": "gain"},
      {"type": "seat_count", "party": "The Lib Dems", "place": "Somerset", "value": 36, "has": ["of:55"]}]),
    ("The SNP remain the largest party in Aberdeen, with 20 out of 45 councillors.",
     [{"type": "ranking", "place": "Aberdeen"}, {"type": "seat_count", "value": 20, "has": ["of:45"]}]),
    ("The Greens now hold 19 of the council's 54 seats in Norwich.",
     [{"type": "seat_count", "party": "The Greens", "place": "Norwich", "value": 19, "has": ["of:54"]}]),
]

ELIDED: list[tuple[str, list[Expected]]] = [
    ("Labour lost 3 seats in Bury and 2 in Bolton.",
     [{"type": "seat_change", "party": "Labour", "place": "Bury", "value": 3, "direction": "loss"},
      {"type": "seat_change", "party": "Labour", "place": "Bolton", "value": 2, "direction": "loss",
       "has": ["elided_verb", "implied_unit"]}]),
    ("The Tories gained 4 in Leeds, 2 in Bradford and 1 in Wakefield.",
     [{"place": "Leeds", "value": 4, "direction": "gain"},
      {"place": "Bradford", "value": 2, "party": "The Tories", "direction": "gain"},
      {"place": "Wakefield", "value": 1, "party": "The Tories", "direction": "gain"}]),
    ("Independents gained 6 seats in Powys and about 4 in Monmouthshire.",
     [{"place": "Powys", "value": 6}, {"place": "Monmouthshire", "value": 4, "hedge": "around"}]),
    ("Reform UK won 2 seats in Basildon and Labour 3 in Thurrock.",
     [{"type": "seat_count", "party": "Reform UK", "place": "Basildon", "value": 2},
      {"type": "seat_count", "party": "Labour", "place": "Thurrock", "value": 3}]),
    ("The Greens took 3 seats from Labour in Sheffield and 2 in Rotherham.",
     [{"party": "The Greens", "place": "Sheffield", "other_party": "Labour"},
      {"party": "The Greens", "place": "Rotherham", "value": 2}]),
]

MORE_RESULTS: list[tuple[str, list[Expected]]] = [
    ("The Tories lost more than 1,000 councillors.",
     [{"type": "seat_change", "value": 1000, "hedge": "over", "direction": "loss", "place": None}]),
    ("Reform UK won 2 seats in Basildon.", [{"party": "Reform UK", "place": "Basildon", "value": 2}]),
    ("The Greens doubled their councillors in Stroud.",
     [{"type": "seat_change", "place": "Stroud", "direction": "gain", "quantity": None, "has": ["ratio:2"]}]),
    ("The SNP halved its number of seats in Angus.",
     [{"type": "seat_change", "place": "Angus", "direction": "loss", "has": ["ratio:0.5"]}]),
    ("Independents held Ashfield.", [{"type": "council_control", "place": "Ashfield", "direction": "hold"}]),
    ("Labour won the Sunderland seats by wide margins.", []),
]

NOT_CLAIMS_MORE: list[tuple[str, list[Expected]]] = [
    ("Labour hopes to win a majority in Bolton next year.", []),
    ("The Tories could lose their majority in Dudley.", []),
    ("If no party wins a majority in Leeds, a coalition is likely.", []),
    ("The SNP failed to win a majority in Glasgow.", []),
    ("Labour won a majority of the vote in Wigan.", []),
    ("A majority of voters in Hull backed the plan.", []),
    ("Only 5% of voters think the council is doing well.", []),
    ("Polls suggest turnout will be around 30%.", []),
    ("The school has 400 of the 600 places filled.", []),
    ("Labour won 2 of the 3 mayoralties.", []),
    ("The Greens' turnout operation in Norwich was excellent.", []),
    ("Labour will become the largest party in Bolton, analysts say.", []),
]

CASES += HISTORY_PLACES + MAJORITIES + TURNOUT + OF_TOTAL + ELIDED + MORE_RESULTS + NOT_CLAIMS_MORE

MAYORS: list[tuple[str, list[Expected]]] = [
    ("Jo Bloggs took 58% in West Yorkshire.",
     [{"type": "mayoral_result", "party": None, "place": "West Yorkshire", "value": 58, "unit": "percent",
       "text": "Jo Bloggs took 58% in West Yorkshire", "has": ["mayoral"]}]),
    ("In the West of England, Dan Norris won with 59% after second preferences.",
     [{"type": "mayoral_result", "place": "the West of England", "value": 59, "has": ["mayoral", "round2"]}]),
    ("The Greens' Sam Lee beat Pat Kay by just 2,311 votes in the mayoral race.",
     [{"type": "mayoral_result", "party": "The Greens", "unit": "votes", "value": 2311, "has": ["margin"]}]),
    ("The mayoral results came in overnight. Tom Hale won by nearly 40,000 votes.",
     [{"type": "mayoral_result", "unit": "votes", "value": 40000, "hedge": "nearly"}]),
    ("The mayoral contests were close. Ann Moss won the new mayoralty for the Lib Dems.",
     [{"type": "mayoral_result", "party": "the Lib Dems", "quantity": None, "direction": "gain"}]),
    ("In West Yorkshire, Ruth Gale was elected as the first mayor. She won with 64% of the vote after second "
     "preferences.",
     [{"type": "mayoral_result"},
      {"type": "mayoral_result", "party": None, "place": "West Yorkshire", "value": 64, "has": ["round2"],
       "text": "She won with 64% of the vote"}]),
    ("Neil Rowe took 61% in Lancashire, four times the Tory vote.",
     [{"type": "mayoral_result", "place": "Lancashire", "value": 61},
      {"type": "vote_ratio", "place": "Lancashire", "value": 4, "other_party": "Tory", "has": ["mayoral", "round1"]}]),
    ("Amy Cole, by contrast, managed only 38% on first preferences in Kent.",
     [{"type": "mayoral_result", "place": "Kent", "value": 38, "has": ["round1"]}]),
    ("The mayoral race in Essex was tight. Lee Ward was returned with just over half the vote.",
     [{"type": "mayoral_result", "value": 50, "hedge": "just_over", "place": "Essex"}]),
    ("Keir Starmer said the result was a triumph.", []),
]

CONTROL_MORE: list[tuple[str, list[Expected]]] = [
    ("In Powys, the Conservatives lost control to independents.",
     [{"type": "council_control", "party": "the Conservatives", "place": "Powys", "direction": "loss",
       "other_party": "independents"}]),
    ("In Wokingham the Greens gained two seats but the Conservatives kept control.",
     [{"type": "seat_change", "place": "Wokingham"},
      {"type": "council_control", "party": "the Conservatives", "place": "Wokingham", "direction": "hold"}]),
    ("The Lib Dems took Dorset from the Tories, winning 42 seats.",
     [{"type": "council_control", "place": "Dorset"}, {"type": "seat_count", "place": "Dorset", "value": 42}]),
    ("Labour won Bury, a borough the Conservatives had run for fifteen years.",
     [{"type": "council_control", "place": "Bury"},
      {"type": "historical_first", "party": "the Conservatives", "place": "Bury", "value": 15, "unit": "years"}]),
]

TOTALS: list[tuple[str, list[Expected]]] = [
    ("Plaid Cymru won 210 seats, up 18, in a strong night.",
     [{"type": "seat_count", "value": 210}, {"type": "seat_change", "party": "Plaid Cymru", "value": 18,
                                            "direction": "gain", "has": ["beside_total"]}]),
    ("The Greens ended up with 140 councillors, down a dozen.",
     [{"type": "seat_count", "value": 140}, {"type": "seat_change", "value": 12, "direction": "loss"}]),
    ("In Swansea Labour won 45 of the 75 seats, up 6 on 2017.",
     [{"type": "seat_count", "place": "Swansea"}, {"type": "seat_change", "place": "Swansea", "baseline": "2017"}]),
    ("Scottish Labour gained 14 councillors, taking its total to 290.",
     [{"type": "seat_change", "value": 14}, {"type": "seat_count", "value": 290, "party": "Scottish Labour"}]),
    ("The Greens gained 35 seats and finished on 127.",
     [{"type": "seat_change"}, {"type": "seat_count", "value": 127, "party": "The Greens"}]),
    ("UKIP lost 96 seats and were left with a single councillor.",
     [{"type": "seat_change"}, {"type": "seat_count", "value": 1, "party": "UKIP"}]),
    ("The SNP ended up with 400 councillors, eleven fewer than at the last elections.",
     [{"type": "seat_count"}, {"type": "seat_change", "party": "SNP", "value": 11, "direction": "loss"}]),
    ("The SNP stayed the largest party in Dundee with 15 seats, two ahead of Labour's 13.",
     [{"type": "ranking"}, {"type": "seat_count", "value": 15},
      {"type": "seat_count", "party": "Labour", "value": 13, "place": "Dundee"}]),
    ("The Tories lost 120 seats and slipped to third place with 210.",
     [{"type": "seat_change"}, {"type": "ranking", "value": 3},
      {"type": "seat_count", "value": 210, "party": "The Tories", "text": "with 210"}]),
    ("Labour lost 600 councillors and 31 councils.",
     [{"type": "seat_change", "value": 600},
      {"type": "council_count_change", "party": "Labour", "value": 31, "direction": "loss"}]),
    ("Reform UK gained 90 seats and control of 4 councils.",
     [{"type": "seat_change"}, {"type": "council_count_change", "value": 4, "direction": "gain"}]),
    ("The Greens actually went backwards by about 15 seats.",
     [{"type": "seat_change", "value": 15, "hedge": "around", "direction": "loss"}]),
    ("The Lib Dems, the quiet winners of the night, added 180.",
     [{"type": "seat_change", "party": "The Lib Dems", "value": 180}]),
    ("By Saturday morning, the SNP had gained more than 30 councillors.",
     [{"type": "seat_change", "as_of": "By Saturday morning", "has": ["partial_count"]}]),
]

PROJECTIONS: list[tuple[str, list[Expected]]] = [
    ("The projected national share had both main parties on 31%.",
     [{"type": "national_projected_share", "party": "Conservatives", "value": 31},
      {"type": "national_projected_share", "party": "Labour", "value": 31}]),
    ("The Greens won 40 seats. The projected national share put them on 14% to the Lib Dems' 17%.",
     [{"type": "seat_count"}, {"type": "national_projected_share", "party": "The Greens", "value": 14},
      {"type": "national_projected_share", "party": "the Lib Dems", "value": 17}]),
    ("Professor Curtice's estimate put the Lib Dems on 18%.",
     [{"type": "national_projected_share", "party": "the Lib Dems", "value": 18}]),
    ("ITV's projection gave the Conservatives 31%.",
     [{"type": "national_projected_share", "party": "the Conservatives", "value": 31}]),
    ("The projected national share had Labour at 33% (its best since 2012), with the Greens on 11%.",
     [{"type": "national_projected_share", "party": "Labour", "value": 33},
      {"type": "national_projected_share", "party": "the Greens", "value": 11}]),
]

SHARES_LATER: list[tuple[str, list[Expected]]] = [
    ("Labour won 30 of the 51 seats in Bolton. Labour's share there was 44%.",
     [{"type": "seat_count"}, {"type": "vote_share", "place": "Bolton", "value": 44}]),
    ("The Tories won 20 of the 40 seats in Basildon. Their vote share there slumped by 9 points.",
     [{"type": "seat_count"}, {"type": "vote_share_change", "place": "Basildon", "value": 9, "direction": "down"}]),
    ("Turnout in the West Yorkshire mayoral race was barely one in four.",
     [{"type": "turnout", "value": 25, "place": "the West Yorkshire", "has": ["mayoral", "fraction"]}]),
    ('A minister said it "was never going to be easy with 25% turnout".', []),
]

CASES += MAYORS + CONTROL_MORE + TOTALS + PROJECTIONS + SHARES_LATER

# Seat figures in forms without the usual verb, and control said with "hold", "taken", "short of a majority".
SEAT_FORMS: list[tuple[str, list[Expected]]] = [
    ("In Croydon the Tories are down to 21.",
     [{"type": "seat_count", "party": "the Tories", "place": "Croydon", "value": 21, "direction": "down"}]),
    ("In Leeds the Greens fell back by 3.",
     [{"type": "seat_change", "party": "the Greens", "place": "Leeds", "value": 3, "direction": "loss"}]),
    ("In Bolton, the Lib Dems doubled their group to 14.",
     [{"type": "seat_count", "place": "Bolton", "value": 14, "direction": "up", "has": ["ratio:2"]}]),
    ("In Fife the Conservatives slumped, falling from 15 to 7.",
     [{"type": "seat_count", "place": "Fife", "value": 7, "direction": "down", "has": ["from:15"]}]),
    ("In Bury the Greens held 6, unchanged.",
     [{"type": "seat_count", "party": "the Greens", "value": 6},
      {"type": "seat_change", "party": "the Greens", "value": 0, "place": "Bury"}]),
    ("Plaid won 19 of Gwynedd's 69 seats.",
     [{"type": "seat_count", "place": "Gwynedd", "value": 19, "has": ["of:69"]}]),
    ("The SNP lost just shy of 200 councillors.", [{"type": "seat_change", "value": 200, "hedge": "nearly"}]),
    ("Sky count: Greens up 41 councillors, Reform down 12.",
     [{"type": "seat_change", "party": "Greens", "value": 41, "direction": "gain"},
      {"type": "seat_change", "party": "Reform", "value": 12, "direction": "loss"}]),
    ("In Norwich the Greens won 20 seats, a gain of 5 on 2019.",
     [{"type": "seat_count", "value": 20},
      {"type": "seat_change", "party": "the Greens", "place": "Norwich", "value": 5, "baseline": "2019"}]),
    ("The Greens posted a net gain of seven.", [{"type": "seat_change", "value": 7, "has": ["net"]}]),
    ("In Crawley the Tories were reduced to three, down eight.",
     [{"type": "seat_count", "value": 3, "direction": "down"},
      {"type": "seat_change", "value": 8, "direction": "loss", "place": "Crawley"}]),
    ("Labour's share was up 5 points in Leeds.", [{"type": "vote_share_change"}]),
]

CONTROL_FORMS: list[tuple[str, list[Expected]]] = [
    ("The Greens have taken Norwich from Labour.",
     [{"type": "council_control", "party": "The Greens", "place": "Norwich", "direction": "gain",
       "other_party": "Labour"}]),
    ("The Lib Dems hold Sutton.", [{"type": "council_control", "place": "Sutton", "direction": "hold"}]),
    ("Labour held on in Crawley by one seat, 19 to the Conservatives' 18.",
     [{"type": "council_control", "party": "Labour", "place": "Crawley", "direction": "hold"},
      {"type": "seat_count", "party": "Labour", "value": 19},
      {"type": "seat_count", "party": "the Conservatives", "value": 18, "place": "Crawley"}]),
    ("In Bolton, Labour won 29 seats, short of a majority.",
     [{"type": "seat_count", "value": 29},
      {"type": "council_control", "party": None, "place": "Bolton", "has": ["no_overall_control"]}]),
    ("Labour won 30 seats in Bury, taking the council from the Conservatives.",
     [{"type": "seat_count"},
      {"type": "council_control", "party": "Labour", "place": "Bury", "direction": "gain",
       "other_party": "the Conservatives"}]),
]

# A place or party carried from context: the sentence before, a heading, the party a release speaks for.
CARRIED: list[tuple[str, list[Expected]]] = [
    ("No change in Trafford. Labour won 40 seats, and the Conservatives were down to 15.",
     [{"type": "seat_count", "party": "Labour", "place": "Trafford", "value": 40,
       "context_from": "previous_sentence"},
      {"type": "seat_count", "party": "the Conservatives", "place": "Trafford", "value": 15}]),
    ("The Greens held Norwich. Labour took 30% of the vote across the city.",
     [{"type": "council_control", "place": "Norwich"},
      {"type": "vote_share", "party": "Labour", "place": "Norwich", "value": 30}]),
    ("Labour kept Salford. The Tories lost 350 seats.",
     [{"type": "council_control", "place": "Salford"}, {"type": "seat_change", "place": None, "value": 350}]),
    ("Plaid held Gwynedd. The Lib Dems gained 3 councils.",
     [{"type": "council_control"}, {"type": "council_count_change", "place": None, "value": 3}]),
    ("Labour held Salford.\n\nThe Tories lost 12 seats.",
     [{"type": "council_control", "place": "Salford"}, {"type": "seat_change", "place": None, "value": 12}]),
    ("Labour lost ground and Labour knows it. Our Green councillors did well: in Stroud we won 20 seats.",
     [{"type": "seat_count", "party": "Green", "place": "Stroud", "value": 20, "context_from": "document"}]),
    ("Greens celebrate a record night\n\nLabour and the Tories both struggled. In Stroud we won 20 seats.",
     [{"type": "seat_count", "party": "Greens", "place": "Stroud", "value": 20}]),
]

CASES += SEAT_FORMS + CONTROL_FORMS + CARRIED

# Sentences whose places stand as subjects ("Guildford fell to ..."): only a gazetteer knows them as places, so
# these run with the vocabulary the pipeline builds from the reference database.
GAZETTEER_CASES: list[tuple[str, list[Expected]]] = [
    ("Guildford, a council the Tories thought safe, fell to the Greens.",
     [{"type": "council_control", "party": "the Greens", "place": "Guildford", "direction": "gain"}]),
    ("Sefton now has a Green majority.",
     [{"type": "council_control", "party": "Green", "place": "Sefton", "has": ["majority"]}]),
    ("Newport went badly. Labour lost control of the city, shedding nine seats while Plaid gained five.",
     [{"type": "council_control", "place": "Newport", "direction": "loss"},
      {"type": "seat_change", "place": "Newport", "value": 9, "direction": "loss"},
      {"type": "seat_change", "party": "Plaid", "place": "Newport", "value": 5}]),
    ("Wigan went Green for the first time ever.",
     [{"type": "historical_first", "place": "Wigan", "direction": "gain"}]),
    ("Cardiff was the shock. Plaid lost control of the city for the first time in nearly 30 years.",
     [{"type": "historical_first", "place": "Cardiff", "value": 30, "hedge": "nearly"}]),
    ("Dundee was close. The Lib Dems there were cut to 6, while the SNP was cut to 14.",
     [{"type": "seat_count", "party": "The Lib Dems", "place": "Dundee", "value": 6, "direction": "down"},
      {"type": "seat_count", "party": "SNP", "place": "Dundee", "value": 14}]),
    ("Wigan.\nLabour won 50 seats. The Conservatives were reduced to 4.",
     [{"type": "seat_count", "party": "Labour", "place": "Wigan", "value": 50},
      {"type": "seat_count", "party": "The Conservatives", "place": "Wigan", "value": 4}]),
    ("Bolton\n\nLabour won 30 seats.\n\nThe Conservatives won 20.\n\nWigan:\n\nLabour won 50 seats.",
     [{"place": "Bolton", "value": 30}, {"place": "Bolton", "value": 20}, {"place": "Wigan", "value": 50}]),
    ("Bolton\n\nLabour won 30 seats.\n\nIn Wigan Labour won 50 seats.\n\nThe Tories won 4 seats.",
     [{"place": "Bolton"}, {"place": "Wigan"}, {"place": None, "value": 4}]),
    ("The Ashfield Independents won 30 seats and now run the council.",
     [{"type": "seat_count", "party": "The Ashfield Independents", "place": "Ashfield", "value": 30},
      {"type": "council_control", "party": "The Ashfield Independents", "place": "Ashfield"}]),
    ("Dorset elected Ruth Gale as its mayor. She won with 64% after second preferences.",
     [{"type": "mayoral_result", "place": "Dorset", "value": 64, "has": ["round2"]}]),
]

# Placings gained by passing a rival, totals said in passing, and runs of control measured in years.
OVERTAKING_AND_TALLIES: list[tuple[str, list[Expected]]] = [
    ("Welsh Labour overtook the Conservatives for second place, gaining 14 seats in Cardiff.",
     [{"type": "ranking", "party": "Welsh Labour", "value": 2, "unit": "rank", "other_party": "the Conservatives"},
      {"type": "seat_change", "party": "Welsh Labour", "place": "Cardiff", "value": 14, "direction": "gain"}]),
    ("The Greens swept into second place in Norwich.",
     [{"type": "ranking", "party": "The Greens", "place": "Norwich", "value": 2}]),
    ("Labour gained 5 seats in Bristol. The Greens were pleased. Their vote share rose to 31%.",
     [{"type": "seat_change", "party": "Labour"},
      {"type": "vote_share", "party": "Greens", "value": 31}]),
    ("The Conservatives lost control of 19 councils across England. The Lib Dems lost two.",
     [{"type": "council_count_change", "value": 19},
      {"type": "council_count_change", "party": "The Lib Dems", "value": 2, "unit": "councils",
       "direction": "loss"}]),
    ("The Tories lost control of 3 councils, and Labour gained 240.",
     [{"type": "council_count_change", "value": 3},
      {"type": "seat_change", "party": "Labour", "value": 240, "unit": "seats"}]),
    ("Plaid Cymru won 6 in Gwynedd.",
     [{"type": "seat_count", "party": "Plaid Cymru", "place": "Gwynedd", "value": 6, "direction": "none"}]),
    ("The Greens hold Norwich, but with a smaller group: 21 seats, down 5.",
     [{"type": "council_control", "place": "Norwich"},
      {"type": "seat_count", "party": "The Greens", "place": "Norwich", "value": 21},
      {"type": "seat_change", "party": "The Greens", "value": 5, "direction": "loss"}]),
    ("The Greens won more than half the seats up in Norwich, 22 of 39.",
     [{"type": "seat_count", "party": "The Greens", "place": "Norwich", "value": 22, "has": ["majority", "of:39"]}]),
    ("Labour won half the seats in Crawley, 8 of 16.",
     [{"type": "seat_count", "value": 8, "has": ["of:16"]}]),
    ("In Cardiff Labour won 40 seats, a majority of 22.",
     [{"type": "seat_count", "value": 40},
      {"type": "majority_change", "party": "Labour", "value": 22, "unit": "seats"}]),
    ("The projected national share put Labour and the Conservatives level on 31%, with the Greens on 11%.",
     [{"type": "national_projected_share", "party": "Labour", "value": 31},
      {"type": "national_projected_share", "party": "the Conservatives", "value": 31},
      {"type": "national_projected_share", "party": "the Greens", "value": 11}]),
    ("Labour had run the council for a century.",
     [{"type": "historical_first", "party": "Labour", "value": 100, "unit": "years", "hedge": "around",
       "has": ["control_for"]}]),
    ("Labour lost control of Sunderland, a council it had run for a century.",
     [{"type": "council_control", "place": "Sunderland", "direction": "loss"},
      {"type": "historical_first", "party": "Labour", "place": "Sunderland", "value": 100}]),
    ("The Lib Dems won Eastleigh, their first majority there for thirty years.",
     [{"type": "council_control", "place": "Eastleigh"},
      {"type": "historical_first", "party": "The Lib Dems", "place": "Eastleigh", "value": 30, "unit": "years",
       "direction": "gain"}]),
]
CASES += OVERTAKING_AND_TALLIES

# A "who"/"which" clause between a subject and its verb: the claim is about the subject, not a party inside it.
RELATIVE_CLAUSES: list[tuple[str, list[Expected]]] = [
    ("Labour held Wigan with 58 seats, and the Lib Dems, who agreed not to stand against the Greens in two wards,"
     " won 6.",
     [{"type": "council_control", "place": "Wigan"},
      {"type": "seat_count", "party": "Labour", "value": 58},
      {"type": "seat_count", "party": "the Lib Dems", "value": 6}]),
    ("In Stroud the Greens, which fought every ward alongside Labour, won 19 seats.",
     [{"type": "seat_count", "party": "the Greens", "place": "Stroud", "value": 19}]),
]
CASES += RELATIVE_CLAUSES

# A local party the vocabulary lacks, named as a party by its appositive.
PARTIES_NAMED_BY_APPOSITIVE: list[tuple[str, list[Expected]]] = [
    ("Labour won 30 seats in Bolton. Farnworth First, a local party set up by former councillors, took about 12%"
     " of the vote.",
     [{"type": "seat_count", "party": "Labour", "place": "Bolton", "value": 30},
      {"type": "vote_share", "party": "Farnworth First", "value": 12, "hedge": "around"}]),
    ("In Harlow, Renew, the party founded by a former mayor, won 3 seats.",
     [{"type": "seat_count", "party": "Renew", "place": "Harlow", "value": 3}]),
    ("Labour held Leeds, the party said.", [{"type": "council_control", "party": "Labour", "place": "Leeds"}]),
]
CASES += PARTIES_NAMED_BY_APPOSITIVE
