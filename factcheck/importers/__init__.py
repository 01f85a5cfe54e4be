"""Importers: raw public files in ../shared/sources -> factcheck's own tables in reference_data/.

Pandas is used here and in evaluation only, never on the checking path.
"""

# The importer modules, in the order `factcheck data import` runs them. gazetteer comes first: the others
# use it to turn council names and party labels into codes.
IMPORTER_MODULES = (
    "factcheck.importers.gazetteer",
    "factcheck.importers.leap",
    "factcheck.importers.leh",
    "factcheck.importers.london2014",
    "factcheck.importers.trafford",
    "factcheck.importers.democracyclub2024",
    "factcheck.importers.scotland2022",
    "factcheck.importers.ward_votes2023",
    "factcheck.importers.composition",
    "factcheck.importers.rosters",
    "factcheck.importers.parliament",
    "factcheck.importers.curated",
    "factcheck.importers.local_mayors",
    "factcheck.importers.mayoral_turnout",
    "factcheck.importers.national_shares",
    "factcheck.importers.council_pages",
    "factcheck.importers.council_history",
    "factcheck.importers.published",
)
