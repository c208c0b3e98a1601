from facts.markdown import render


def test_a_list_item_that_shows_no_text_leaves_the_next_paragraph_no_item():
    assert render("- \n\nThe council met.\n") == "The council met.\n"
    assert render("- ![map](map.png)\n\nThe council met.\n") == "The council met.\n"
    assert render("1. ```\n   code\n   ```\n\nThe council met.\n") == "The council met.\n"


def test_list_items_keep_their_markers():
    assert render("- a\n  - b\n- c\n") == "- a\n\n- b\n\n- c\n"
    assert render("3. first\n4) no\n") == "3. first\n\n4) no\n"
