"""How a typed article name is read: the forms an id may be given in (bot.article_ids)."""

from bot.article_ids import bare_id, folded, id_in_name, title_key, typed_forms


def test_an_id_copied_with_its_quotes_and_closing_marks_is_read_bare():
    assert bare_id("`000_x`.") == "000_x"
    assert bare_id("'000_x',") == "000_x"
    assert bare_id("000_x") == "000_x"


def test_a_file_name_or_path_names_the_id_of_its_article():
    assert id_in_name("seeds/000_x.txt") == "000_x"
    assert id_in_name("C:\\news\\story.md") == "story"
    assert id_in_name("notes.pdf") == "notes.pdf"  # not a kind of file factdesk reads


def test_the_forms_of_a_typed_id_come_most_literal_first():
    forms = typed_forms(" `seeds/000_x.txt`. ")
    assert forms[0] == "`seeds/000_x.txt`." and forms[-1] == "000_x"
    assert "seeds/000_x.txt" in forms


def test_ids_and_titles_compare_without_case_or_typographic_marks():
    assert folded("STORY") == folded("story")
    assert title_key("Britain\u2019s  new Plan.") == title_key("britain's new plan")
