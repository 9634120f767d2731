"""Name slots: a skill word inside an employer's or a school's name is not a skill."""

from __future__ import annotations

from screener.models import Education, Line, Position, SkillId, SkillMention, YearMonth, line_offsets
from screener.name_slots import drop_name_slots, name_spans


def _mention(lines: list[Line], line: int, word: str, skill: str) -> SkillMention:
    offset = line_offsets([x.text for x in lines])[line] + lines[line].text.index(word)
    return SkillMention(SkillId(skill), word, "experience", lines[line].text, line, offset, offset + len(word))


def _job(employer: str, first: int, last: int) -> Position:
    return Position("Designer", employer, YearMonth(2019, 1), YearMonth(2021, 12), first_line=first,
                    last_line=last, months=36)


class TestNameSlots:
    def test_employer_is_not_the_tool(self) -> None:
        """"Figma • San Francisco" names the employer; the design tool is credited only where it is used."""
        lines = [Line("Product Designer"), Line("Figma • San Francisco"), Line("Prototyped flows in Figma")]
        mentions = [_mention(lines, 1, "Figma", "figma"), _mention(lines, 2, "Figma", "figma")]
        kept = drop_name_slots(mentions, lines, [_job("Figma", 0, 3)], [])
        assert [m.line for m in kept] == [2]

    def test_company_after_a_title(self) -> None:
        """"Software Engineer, Oracle" names a company, not the database."""
        lines = [Line("Software Engineer, Oracle | 2015 – 2018"), Line("Java services")]
        kept = drop_name_slots([_mention(lines, 0, "Oracle", "oracle-db")], lines, [_job("Oracle", 0, 2)], [])
        assert kept == ()

    def test_school_named_after_a_language(self) -> None:
        """A school's name holding a skill word is not the skill."""
        lines = [Line("Python Academy, BSc 2014")]
        school = Education("BSc", "bachelor", None, "Python Academy", 2014)
        assert drop_name_slots([_mention(lines, 0, "Python", "python")], lines, [], [school]) == ()

    def test_labelled_client(self) -> None:
        """"Client: Salesforce" names a client, not the CRM."""
        lines = [Line("Client: Salesforce | Consultant")]
        assert drop_name_slots([_mention(lines, 0, "Salesforce", "salesforce")], lines, [], []) == ()

    def test_a_list_taken_for_an_employer_is_kept(self) -> None:
        """A header parser that took "Java, Spring" for the employer costs no skill."""
        lines = [Line("Backend Developer"), Line("Java, Spring")]
        mentions = [_mention(lines, 1, "Java", "java"), _mention(lines, 1, "Spring", "spring")]
        assert len(drop_name_slots(mentions, lines, [_job("Java, Spring", 0, 2)], [])) == 2

    def test_a_sentence_is_not_a_name_slot(self) -> None:
        """The employer's name inside a sentence of the job is not a slot."""
        lines = [Line("Designer, Figma"), Line("Built plugins for Figma users")]
        assert name_spans(lines, [_job("Figma", 0, 2)], []) == [(10, 15)]
