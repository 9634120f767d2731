"""Tricky sentences from real resumes (rewritten, fictional): what a careful reader credits.

Each row is a line as a resume might write it, the section it sits in, the skills a
careful human reader credits there, and the skills the tool once credited wrongly.
"""

from __future__ import annotations

import pytest

from screener.skills import SkillExtractor
from screener.taxonomy import load_taxonomy

# (text, section, credited, never credited)
CASES = [
    ("3D scenes rendered with WebGL shaders", "experience", [], ["threejs"]),
    ("Motion graphics in Cinema 4D and After Effects", "experience", [], ["blender"]),
    ("Metrics stored in OpenTSDB", "experience", [], ["questdb"]),
    ("Macros written in Visual Basic", "experience", [], ["vbnet"]),
    ("Built the dashboard with Three.js", "experience", ["threejs"], []),
    ("Stored data in HDFS", "experience", [], ["hadoop"]),
    ("Wrapped C code with ctypes", "experience", [], ["python-c-extensions"]),
    ("Designed screens in InVision", "experience", [], ["sketch"]),
    ("Go, Rust, C", "skills", ["go", "rust", "c"], []),
    ("We go the extra mile for customers", "summary", [], ["go"]),
    ("Excel at building relationships", "summary", [], ["excel"]),
    ("Built pivot tables in Excel", "experience", ["excel"], []),
    ("R&D department liaison", "experience", [], ["r"]),
    ("Sous chef in a busy kitchen", "experience", [], ["chef"]),
    ("Poured reagents from a flask", "experience", [], ["flask"]),
    ("Spring semester exchange programme", "education", [], ["spring"]),
    ("Support for Windows (XP and 7), Linux and Mac desktops", "experience", ["windows", "linux"], ["xp"]),
    ("Microsoft Office XP; Excel, PowerPoint, MS Access 2.0", "skills", ["excel", "access"], ["xp"]),
    ("Agile delivery with Scrum and XP practices", "experience", ["scrum", "xp"], []),
    ("Army, business strategy, C, Consultant, coaching", "skills", [], ["c"]),
    ("Languages: C (Proficient), Go (a little)", "other", ["c", "go"], []),
    ("Expert in Excel functions and multi-tasking", "summary", ["excel"], []),
    ("Word Perfect 5.1, Lotus Notes, Excel", "skills", ["excel"], ["word"]),
    ("Kept investor accounts current in SharePoint and Dynamo", "experience", ["sharepoint"], ["dynamodb"]),
    ("Modelled Dynamo tables for the AWS Lambda handlers", "experience", ["dynamodb"], []),
    # A no-break space read as "Â" leaves the words around it words.
    ("Reports in WordÂ and ExcelÂ for the board", "experience", ["word", "excel"], []),
    # Retail markdowns, payroll CPP, a keynote speech and business applications are not software.
    ("Set the markdown schedule and markdown allowances for footwear", "experience", [], ["markdown"]),
    ("Wrote the README in Markdown for GitHub", "experience", ["markdown"], []),
    ("Reconciled the CPG, CTL, CPP and CPS journals monthly", "experience", [], ["cpp"]),
    ("Certified Payroll Professional (CPP) since 2015", "summary", [], ["cpp"]),
    ("Deducted CPP and EI from payroll each period", "experience", [], ["cpp"]),
    ("Gave the keynote speech at the regional sales summit", "experience", [], ["apple-keynote"]),
    ("Client decks in Keynote and PowerPoint", "experience", ["apple-keynote", "powerpoint"], []),
    ("Layouts in Publisher/InDesign/Quark", "skills", ["ms-publisher", "indesign", "quarkxpress"], []),
    ("Worked daily in Deltek, PeopleSoft, Oracle and SAP", "experience", ["peoplesoft", "sap"], ["oracle-database"]),
    ("Tuned Oracle and PeopleSoft batch jobs with PL/SQL", "experience", ["oracle-database", "peoplesoft"], []),
    # Former names and short names with their version in them.
    ("Posted journals in Navision", "experience", ["business-central"], []),
    ("Desktops on Win7 and WinXP; builds in VS2010", "experience", ["windows", "visual-studio"], []),
    ("Courses built in Moodle and Canvas for the LMS migration", "experience", ["moodle", "canvas-lms"], []),
    ("Painted the canvas for the lobby mural", "experience", [], ["canvas-lms"]),
    # A business product capitalised right after "in", "into", "using", "used" is the product.
    ("Created weekly sales reports in Excel", "experience", ["excel"], []),
    ("Maintained client records in Access", "experience", ["access"], []),
    ("Typed letters and memos in Word", "experience", ["word"], []),
    ("Built dashboards in Tableau and Excel", "experience", ["tableau", "excel"], []),
    ("Provided access to records in the main office", "experience", [], ["access"]),
    ("Believed in word of mouth referrals", "experience", [], ["word"]),
    ("Graduated in Spring 2019", "education", [], ["spring"]),
    # Short names that other trades and games reuse count only beside their own words.
    ("Wrote RPG and CL programs on the AS/400", "experience", ["rpg"], []),
    ("Played RPG games online with friends", "interests", [], ["rpg"]),
    ("Called REST services with HttpClient from Java", "experience", ["apache-httpclient"], []),
    ("Debugged batch jobs with Xpeditor", "experience", ["xpediter"], []),
    # "Teams" after any word but a capitalised one ("Sales Teams") is Microsoft Teams.
    ("Met clients over Slack and Teams", "experience", ["slack", "teams"], []),
    ("Coached the Sales Teams across regions", "experience", [], ["teams"]),
    ("Programmed in C for the controller", "experience", ["c"], []),
    ("Scripted in Go and Bash", "experience", ["go", "bash"], []),
    # SAP is also Statutory Accounting Principles, beside GAAP in insurance accounting.
    ("Booked reserves in accordance with SAP and GAAP", "experience", [], ["sap"]),
    ("Prepared statutory SAP filings for the insurer", "experience", [], ["sap"]),
    ("Posted invoices in SAP and reconciled to GAAP reports", "experience", ["sap"], []),
    # Words of each tool's own trade lend it context.
    ("Ruby scripts for build automation", "experience", ["ruby"], []),
    ("Express server with auth endpoints", "experience", ["express"], []),
    ("Designed the Express Lanes from Route 7 to the connector", "experience", [], ["express"]),
    ("Characters modelled in Maya and exported to Unity", "experience", ["maya", "unity"], []),
    ("Maya joined the team in May", "experience", [], ["maya"]),
    ("Replaced spark plugs on the fleet", "experience", [], ["spark"]),
    # "Office" is the suite beside its own applications, never a room, a job or a place.
    ("Proficient in Office and Windows", "experience", ["ms-office"], []),
    ("Office 2016, Excel, Word", "skills", ["ms-office", "excel"], []),
    ("Office Manager; kept Excel schedules", "experience", ["excel"], ["ms-office"]),
    ("Front Office: answered phones and updated Excel", "experience", ["excel"], ["ms-office"]),
    ("Managed the office with Excel reports", "experience", ["excel"], ["ms-office"]),
    # A name written with two things in it is both things (issue 7): HTML/CSS is HTML and CSS.
    ("Pages in HTML/CSS and JavaScript", "experience", ["html", "css", "javascript"], []),
    ("Administered Unix/Linux servers", "experience", ["unix", "linux"], []),
    ("Styles in CSS/SCSS", "experience", ["css", "sass"], []),
    ("Parsers with lex/yacc", "experience", ["flex-lexer", "gnu-bison"], []),
    # A project's technology alone in the brackets that close its line (issue 7).
    ("Realtime chat server for support teams (Go)", "projects", ["go"], []),
    ("An online diagnosis platform for workforce training (Flex)", "projects", ["apache-flex"], []),
    ("Senior Consultant (Oracle)", "experience", [], ["oracle-database"]),
    ("Exchange semester abroad in Madrid (Spring)", "education", [], ["spring"]),
    ("Taught the intro course to first years (Spring)", "experience", [], ["spring"]),
    # A verb of setting up or running a system before a name with a capital (issue 7).
    ("Configured Jenkins for the release team", "experience", ["jenkins"], []),
    ("Installed Windows on the office laptops", "experience", ["windows"], []),
    ("Installed windows and doors in new homes", "experience", [], ["windows"]),
    ("Administered Confluence for three departments", "experience", ["confluence"], []),
    ("Maintained Excel logs of shipments", "experience", ["excel"], []),
    ("Maintained access to the building after hours", "experience", [], ["access"]),
    # Initials in brackets right after the words they stand for name what those words name (issue 7).
    ("Developed the Acquisition Requirements Package (ARP) for the program", "experience", [], ["arp"]),
    ("Troubleshot Address Resolution Protocol (ARP) issues", "experience", ["arp"], []),
    ("Built Simple Object Access Protocol (SOAP) services", "experience", ["soap"], ["access"]),
    # Under "Languages" a programming language's name on its own line is that language (issue 7).
    ("Go", "languages", ["go"], []),
    ("Rust", "languages", ["rust"], []),
    ("English: C1, German: B2", "languages", [], ["c"]),
    ("We go abroad every summer", "languages", [], ["go"]),
    # Versions after a slash are versions (issue 7).
    ("Support for Windows XP/7/10 desktops", "experience", ["windows"], []),
    ("Tuned Oracle 10g/11g instances", "experience", ["oracle-database"], []),
    # Each tool's own words (issue 7).
    ("Configured Jenkins as the continuous integration tool for nightly builds", "experience", ["jenkins"], []),
    ("Moved the build to Hudson for continuous integration", "experience", ["jenkins"], []),
    ("Published our internal packages with Poetry", "experience", ["poetry"], []),
    ("Read poetry at the library on Fridays", "interests", [], ["poetry"]),
    # New tools whose names are ordinary words count only beside their own words (2026.12.4).
    ("Pushed Docker images to the Harbor registry", "experience", ["harbor"], []),
    ("Docked boats in the Harbor district", "experience", [], ["harbor"]),
    ("Container images mirrored to Quay for OpenShift", "experience", ["quay"], []),
    ("Payment workflows orchestrated with Temporal", "experience", ["temporal"], []),
    ("Temporal and spatial patterns in the survey data", "experience", [], ["temporal"]),
    ("Mocked AWS S3 in pytest with moto", "experience", ["moto"], []),
    ("Sold the Moto G phone line in the store", "experience", [], ["moto"]),
    ("Hierarchical Bayesian models in Stan and PyMC", "experience", ["stan"], []),
    ("Stan from finance approved the budget", "experience", [], ["stan"]),
    ("Ported the C# service to Linux on Mono", "experience", ["mono"], []),
    ("Recorded the vocals in Mono at the studio", "experience", [], ["mono"]),
    ("Built the chatbot intents and NLU with Rasa", "experience", ["rasa"], []),
    ("Kept the Gunicorn workers up with supervisord", "experience", ["supervisor", "gunicorn"], []),
    ("Shift Supervisor at the distribution centre", "experience", [], ["supervisor"]),
    ("Services written with Strawberry GraphQL on FastAPI", "experience", ["strawberry-graphql"], []),
    ("Picked strawberry crops in the summer", "experience", [], ["strawberry-graphql"]),
    ("Edited videos in Premiere and After Effects", "experience", ["premiere-pro"], []),
    ("Attended the film premiere in May", "experience", [], ["premiere-pro"]),
    ("Prepared returns in Lacerte and UltraTax CS", "experience", ["lacerte", "ultratax"], []),
    ("Tracked stock in Fishbowl and QuickBooks", "experience", ["fishbowl-inventory"], []),
    ("Kept a fishbowl of candy at the front desk", "experience", [], ["fishbowl-inventory"]),
    # Issue 7, from the second record labels: a sibling product, a router feature, another vendor's product
    # named after its maker, a list of languages that ends in Go before an idiom's preposition, and
    # institutions' names.
    ("Set up Outlook Express and Windows Mail on the desktops", "experience", [], ["outlook"]),
    ("Computer skills: MS Word, Excel, Outlook Express, ACT", "skills", ["word", "excel"], ["outlook"]),
    ("Configured Access-Lists and prefix lists on the core routers", "experience", [], ["access"]),
    ("Oracle Application  Express (APEX), TOAD, PL/SQL Developer", "skills", ["toad"], ["express"]),
    ("Proficient with programming languages such as Python/Java/Perl/Go for building tools", "summary", ["go"], []),
    ("We go for gold in every client project", "summary", [], ["go"]),
    ("Postdoc in the Embodied AI and Neurorobotics Lab", "experience", [], ["artificial-intelligence"]),
    ("MBA, BI Nordic Business school, Oslo", "education", [], ["business-intelligence"]),
    ("ORM: Eclipse Link, Hibernate", "skills", ["eclipselink", "hibernate"], ["eclipse"]),
]


@pytest.fixture(scope="module")
def extractor() -> SkillExtractor:
    return SkillExtractor(load_taxonomy())


@pytest.mark.parametrize(("text", "section", "credited", "never"), CASES)
def test_a_careful_reader_agrees(extractor: SkillExtractor, text: str, section: str, credited: list[str],
                                 never: list[str]) -> None:
    """Only what the line says is credited: a sibling, component or competitor is never its neighbour."""
    found = {m.skill_id for m in extractor.extract_text(text, section=section)}
    assert set(credited) <= found
    assert not found & set(never)
