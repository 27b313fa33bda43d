"""Build ``papers/audience-labour-platform-era.pdf``, the corpus's PDF document, from the text below.

Run from anywhere: ``python corpora/digital-labour/make_pdf.py``. The text is original writing for
this corpus (CC BY 4.0). Core PDF fonts only cover Latin-1, so the text avoids curly quotes and dashes.
The creation date is fixed so that rebuilding gives the same file.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

OUT = Path(__file__).resolve().parent / "papers" / "audience-labour-platform-era.pdf"

TITLE = "Audience Labour in the Platform Era: Between Smythe and the Rent Theorists"
AUTHOR = "Reading group on digital labour (example corpus)"

# (heading, [paragraphs]); a heading of None continues the previous section.
SECTIONS: list[tuple[str, list[str]]] = [
    (
        "Abstract",
        [
            "This paper asks whether the concept of audience labour, first proposed in the Blindspot Debate, "
            "still helps to explain how advertising-funded platforms make money. It reviews the original "
            "exchange between Smythe and Murdock, the later work on watching as working, and the recent "
            "argument that platform income is a form of rent. It concludes that audience labour remains a "
            "useful concept for the attention side of the platform business, but that it cannot by itself "
            "settle whether users create value.",
        ],
    ),
    (
        "1. Introduction",
        [
            "When social media companies became some of the most valuable firms in the world, critics "
            "returned to a question that had been asked about television forty years earlier. Smythe (1977) "
            "had argued that the commodity sold by commercial broadcasters is the audience, and that "
            "watching is a kind of work done for advertisers. If that was true of television viewers, it "
            "seemed even more plausible for the users of platforms who not only watch but also write, "
            "photograph, comment and share.",
            "Yet the original debate never reached agreement, and its objections return in new forms. "
            "This paper follows the argument from the first exchange to the present and asks which parts "
            "of the audience labour thesis survive.",
        ],
    ),
    (
        "2. The first exchange",
        [
            "Smythe (1977) accused Western Marxists of treating media only as ideology. His alternative was "
            "an economic account in which programmes are a free lunch that gathers audiences, and audiences "
            "are sold to advertisers by the thousand. Murdock (1978) replied that the European tradition had "
            "studied media industries all along, and that the thesis ignored the state and public service "
            "broadcasting.",
            "Smythe (1978) defended the thesis in a rejoinder, while Livant (1979) argued that the real "
            "blindspot was the consciousness industry as a whole. Meehan (1984) later proposed that the "
            "commodity is neither the message nor the audience but the ratings produced by a separate "
            "measurement industry.",
        ],
    ),
    (
        "3. Watching as working",
        [
            "The strongest version of the thesis came from Jhally and Livant (1986). They treated programmes "
            "as a wage paid in kind and the time spent watching advertisements as surplus watching time. "
            "Networks, on this account, try both to extend the time devoted to advertising and to make each "
            "minute of watching more valuable by selling more precisely targeted groups.",
            "Critics have objected that viewers sell no labour power and are supervised by no employer. "
            "Caraway (2011) stresses the agency of audiences, and Bolaño and Vieira (2015) argue that "
            "using an advertising-funded service is not labour at all.",
        ],
    ),
    (
        "4. The platform turn",
        [
            "Fuchs (2010) carried the audience commodity into the internet age. Users, he argued, produce "
            "content and data that platforms sell as a prosumer commodity, and because they are unpaid "
            "their exploitation has no limit. Terranova (2000) had already described the unpaid activity "
            "of early online communities as free labour on which the digital economy depends.",
            "The rent theorists answer that platforms earn their income by controlling access to attention "
            "and data rather than by exploiting labour. Huws (2014) treats advertising payments as rent, and "
            "Rigi and Prey (2015) add that information goods have no value because they can be copied at no "
            "cost.",
        ],
    ),
    (
        "5. What survives",
        [
            "Two things seem to survive the criticism. First, attention must be produced continuously, and "
            "its production depends on what users do; in that limited sense the audience still works. "
            "Second, the concept of audience labour draws attention to the time users give to platforms, "
            "which any theory of platform income has to explain.",
            "What does not survive is the idea that the audience commodity settles the question of value. "
            "Whether attention and data are value-producing commodities or objects of rent depends on a "
            "reading of Marx that the concept of audience labour cannot supply by itself.",
        ],
    ),
    (
        "6. Conclusion",
        [
            "The Blindspot Debate and the platform value debate are two rounds of the same argument. Both "
            "sides have sharpened their positions, but the decisive disagreement is about definitions of "
            "labour and value, and that disagreement will not be settled by new data alone.",
        ],
    ),
]

REFERENCES = [
    "Bolaño, C. R. S., & Vieira, E. S. (2015). The political economy of the internet: Social networking "
    "sites and a reply to Fuchs. Television & New Media, 16(1), 52-61.",
    "Caraway, B. (2011). Audience labor in the new media environment: A Marxian revisiting of the "
    "audience commodity. Media, Culture & Society, 33(5), 693-708.",
    "Fuchs, C. (2010). Labor in informational capitalism and on the internet. The Information Society, "
    "26(3), 179-196.",
    "Huws, U. (2014). Labor in the global digital economy. New York: Monthly Review Press.",
    "Jhally, S., & Livant, B. (1986). Watching as working: The valorization of audience consciousness. "
    "Journal of Communication, 36(3), 124-143.",
    "Livant, B. (1979). The audience commodity: On the blindspot debate. Canadian Journal of Political "
    "and Social Theory, 3(1), 91-106.",
    "Meehan, E. R. (1984). Ratings and the institutional approach: A third answer to the commodity "
    "question. Critical Studies in Mass Communication, 1.",
    "Murdock, G. (1978). Blindspots about Western Marxism: A reply to Dallas Smythe. Canadian Journal "
    "of Political and Social Theory, 2(2).",
    "Rigi, J., & Prey, R. (2015). Value, rent, and the political economy of social media. The "
    "Information Society, 31(5), 392-406.",
    "Smythe, D. W. (1977). Communications: Blindspot of Western Marxism. Canadian Journal of Political "
    "and Social Theory, 1(3).",
    "Smythe, D. W. (1978). Rejoinder to Graham Murdock. Canadian Journal of Political and Social "
    "Theory, 2(2).",
    "Terranova, T. (2000). Free labor: Producing culture for the digital economy. Social Text, 18(2), 33-58.",
]


def build(path: Path = OUT) -> Path:
    """Write the PDF to ``path`` and return it."""
    pdf = FPDF(format="A4")
    pdf.set_creation_date(datetime(2024, 3, 1, tzinfo=timezone.utc))
    pdf.set_title(TITLE)
    pdf.set_author(AUTHOR)
    pdf.set_margins(25, 25, 25)
    pdf.set_auto_page_break(True, margin=25)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.multi_cell(0, 8, TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "I", 10)
    pdf.multi_cell(0, 6, AUTHOR, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    for heading, paragraphs in SECTIONS:
        pdf.set_font("Helvetica", "B", 12)
        pdf.multi_cell(0, 7, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        pdf.set_font("Helvetica", "", 11)
        for paragraph in paragraphs:
            pdf.multi_cell(0, 6, paragraph, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        pdf.ln(2)
    pdf.set_font("Helvetica", "B", 12)
    pdf.multi_cell(0, 7, "References", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("Helvetica", "", 10)
    for entry in REFERENCES:
        # Hanging indent is not built in; a small gap between entries keeps them apart.
        pdf.multi_cell(0, 5, entry, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.output(str(path))
    return path


if __name__ == "__main__":
    built = build()
    print(built)
