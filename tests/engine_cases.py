"""Claims as a reader would write them, with the verdict the bundled reference data should give.

Each case: (text, election date or None, expected claim type, expected verdict). Sentences are our own;
the figures they are checked against are in reference_data/ (sources in reference_data/SOURCES.md).
"""

CASES = [
    # Seats against the last time the same seats were fought (2022 thirds compare with 2018).
    ("The Liberal Democrats gained two seats in Sunderland.", "2022-05-05", "seat_change", "accurate"),
    ("Labour lost five councillors in Sunderland.", "2022-05-05", "seat_change", "inaccurate"),
    ("In Derbyshire the Conservatives gained 8 seats.", "2021-05-06", "seat_change", "accurate"),
    ("In Derbyshire the Conservatives gained 15 seats.", "2021-05-06", "seat_change", "inaccurate"),
    ("Labour lost 10 seats in Derbyshire.", "2021-05-06", "seat_change", "accurate"),
    # National tallies, by publisher and with hedges.
    ("Across England the Tories lost around 330 councillors.", "2022-05-05", "seat_change", "accurate"),
    ("The Lib Dems gained nearly 200 seats in England.", "2022-05-05", "seat_change", "accurate"),
    ("The Conservatives gained more than 500 councillors in England.", "2022-05-05", "seat_change", "inaccurate"),
    # Council control: a majority of all seats.
    ("Labour lost control of Hull to the Liberal Democrats.", "2022-05-05", "council_control", "accurate"),
    ("Labour gained control of Wandsworth.", "2022-05-05", "council_control", "accurate"),
    ("Hull remained in Liberal Democrat hands.", "2022-05-05", "council_control", "inaccurate"),
    # London's tally summed from the 32 boroughs' all-out results: Labour +33 seats won on 2018.
    ("Labour gained more than 100 councillors in London.", "2022-05-05", "seat_change", "inaccurate"),
    ("The Liberal Democrats held on to Sutton.", "2022-05-05", "council_control", "accurate"),
    ("The Conservatives gained control of Barnet.", "2022-05-05", "council_control", "inaccurate"),
    # Vote shares: top candidate per party per ward, judged at the claim's precision.
    ("Labour's vote share in Wirral was 42.7%.", "2022-05-05", "vote_share", "accurate"),
    ("Labour's vote share in Wirral was 51%.", "2022-05-05", "vote_share", "inaccurate"),
    # Projected national share.
    ("Labour's projected national share was 35%.", "2022-05-05", "national_projected_share", "accurate"),
    ("The Conservatives' projected national share was 40%.", "2022-05-05", "national_projected_share",
     "inaccurate"),
    # Scotland and Wales.
    ("The SNP won the most seats in Glasgow, but not a majority.", "2022-05-05", "seat_count", "accurate"),
    ("Labour held Cardiff.", "2022-05-05", "council_control", "accurate"),
    ("Labour increased its majority in Cardiff.", "2022-05-05", "majority_change", "accurate"),
    ("Plaid Cymru gained control of Gwynedd.", "2022-05-05", "council_control", "inaccurate"),  # it held it
    ("In Wales, Labour lost around 100 councillors.", "2017-05-04", "seat_change", "accurate"),
    # Councils won nationally, by publisher.
    ("Labour gained 22 councils.", "2023-05-04", "council_count_change", "accurate"),
    ("Labour gained 40 councils.", "2023-05-04", "council_count_change", "inaccurate"),
    ("Plaid Cymru now runs four councils in Wales.", "2022-05-05", "council_count_change", "accurate"),
    ("Plaid Cymru now runs nine councils in Wales.", "2022-05-05", "council_count_change", "inaccurate"),
    # History: "always", from the control record back to 1973.
    ("Westminster, which has always been Conservative, voted again.", "2018-05-03", "historical_first", "accurate"),
    # Mayoral contests: first round against final round.
    ("Labour took 63% of the vote in the Greater Manchester mayoral election.", "2017-05-04", "vote_share",
     "accurate"),
    ("Labour took 50% of the vote in the Greater Manchester mayoral election.", "2017-05-04", "vote_share",
     "inaccurate"),
    ("The Conservatives narrowly won the West Midlands mayoralty.", "2017-05-04", "ranking", "accurate"),
    ("Labour came second in the Tees Valley mayoral election.", "2017-05-04", "ranking", "accurate"),
    ("The Greens were runners-up in Lewisham with 22 per cent of the vote.", "2022-05-05", "ranking", "accurate"),
    ("Andy Street was re-elected as West Midlands mayor.", "2021-05-06", "mayoral_result", "accurate"),
    ("Andy Street was re-elected as West Midlands mayor. He beat Liam Byrne by more than 60,000 votes.",
     "2021-05-06", "mayoral_result", "inaccurate"),  # the second claim: the subject is Street, not Byrne
    ("In the West Midlands mayoral race, Andy Street held on, though by a narrower margin than in 2017.",
     "2021-05-06", "mayoral_result", "accurate"),  # "narrower than" is not "narrowly"
    ("Ben Houchen won the first Tees Valley mayoralty.", "2017-05-04", "mayoral_result", "accurate"),
    ("Andy Street was re-elected as West Midlands mayor, with Labour's Liam Byrne second, and he won the run-off "
     "with 54% of the vote.", "2021-05-06", "mayoral_result", "accurate"),  # "he" is the winner, not Byrne
    ("Andy Street was re-elected West Midlands mayor. Andy Street topped the first round with 49%, with Labour's "
     "Liam Byrne on nearly 30%.", "2021-05-06", "mayoral_result", "inaccurate"),  # the runner-up had 39.7%
    ("The metro mayors came in. In the West of England Tim Bowles won with 52% in the final round.", "2017-05-04",
     "mayoral_result", "accurate"),  # a place, then the candidate; the final round's share
    ("Andy Street was re-elected as West Midlands mayor. He won the run-off with 60% of the vote to Byrne's 40%.",
     "2021-05-06", "mayoral_result", "inaccurate"),  # Street's 54%, not Byrne's
    ("Andy Street topped the first round with 49% in the West Midlands and won with 60% after second preferences.",
     "2021-05-06", "mayoral_result", "inaccurate"),  # the second result: 54% in the final round
    # "54 of the 75": the whole council's seats after a partial election (Labour held 53; it won 18 of those up).
    ("Labour now has 54 of the 75 councillors in Sunderland.", "2024-05-02", "seat_count", "approximately_accurate"),
    ("Labour now has 60 of the 75 councillors in Sunderland.", "2024-05-02", "seat_count", "inaccurate"),
    # A local group named in full, where the results list it by a short label ("Farnham", "MBI").
    ("In Waverley the Farnham Residents won 15 seats.", "2019-05-02", "seat_count", "accurate"),
    ("Morecambe Bay Independents won 14 seats in Lancaster.", "2019-05-02", "seat_count", "accurate"),
    # A share of the seats, as precise as the fraction (Labour won 16 of the 25 seats filled).
    ("Labour won two-thirds of the seats in Sunderland.", "2022-05-05", "seat_count", "accurate"),
    ("Labour won almost half the seats in Sunderland.", "2022-05-05", "seat_count", "inaccurate"),
    ("The Lib Dems took Cotswold, their first majority in Cotswold since 2003.", "2019-05-02", "historical_first",
     "accurate"),
    # "The largest party on the council" after an election for a third of it: the whole council's seats.
    ("The Conservatives are still the largest party on Milton Keynes council.", "2022-05-05", "ranking", "accurate"),
    ("Labour is now the largest party on Milton Keynes council.", "2022-05-05", "ranking", "inaccurate"),
    ("Labour won the most seats in Milton Keynes.", "2022-05-05", "seat_count", "accurate"),  # on the day
    ("The Conservatives came third in Barnet.", "2022-05-05", "ranking", "inaccurate"),
    ("Nationally the Liberal Democrats finished second.", "2024-05-02", "ranking", "accurate"),
    ("Labour won Plymouth for the first time since 2019.", "2023-05-04", "historical_first", "accurate"),
    ("Labour won Plymouth for the first time since 2010.", "2023-05-04", "historical_first", "inaccurate"),
    ("The Tories held onto Solihull.", "2023-05-04", "council_control", "accurate"),
    ("Nationally the Conservatives finished first.", "2024-05-02", "ranking", "inaccurate"),
    ("Andy Street lost the West Midlands mayoralty.", "2024-05-02", "ranking", "accurate"),
    ("Richard Parker lost the West Midlands mayoralty.", "2024-05-02", "ranking", "inaccurate"),
    ("The Conservatives fell by 3 seats in Barnet.", "2022-05-05", "seat_change", "unverifiable"),
]
