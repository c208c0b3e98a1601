from bot.bounded import keep, kept_and_missing


def test_a_full_cache_starts_over_before_it_keeps_the_next_value():
    cache = {"a": 1, "b": 2}
    assert keep(cache, "c", 3, limit=3) == 3
    assert cache == {"a": 1, "b": 2, "c": 3}
    assert keep(cache, "d", 4, limit=3) == 4
    assert cache == {"d": 4}


def test_what_a_cache_keeps_and_lacks_is_told_in_the_order_asked():
    cache = {1: "one", 3: "three"}
    found, missing = kept_and_missing(cache, [3, 2, 3, 1], limit=10)
    assert list(found) == [3, 2, 1] and found[2] is None
    assert missing == [2]
    assert cache == {1: "one", 3: "three"}


def test_a_cache_the_missing_keys_would_overfill_starts_over():
    cache = {1: "one", 3: "three"}
    found, missing = kept_and_missing(cache, [1, 2, 4], limit=3)
    assert found == {1: "one", 2: None, 4: None} and missing == [2, 4]
    assert cache == {}
