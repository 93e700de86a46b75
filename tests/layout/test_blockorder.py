"""The reading order of a layout dump's blocks (layout.blockorder), drawn as boxes::

    +-----------------------+        0: a headline across both columns
    |           0           |
    +-----------------------+
    +---------+  +----------+        1 and 2: the two columns under it,
    |    1    |  |    2     |        read left to right
    |         |  +----------+
    |         |  +----------+        3: the next article in the right column,
    +---------+  |    3     |        read after the column above it
                 +----------+
"""

from __future__ import annotations

from banmian.layout.blockorder import HEAD_BESIDE_ROWS, reading_order

HEADLINE = (0, 40, 0, 1)
LEFT = (0, 18, 3, 20)
RIGHT = (22, 40, 3, 9)
RIGHT_BELOW = (22, 40, 11, 20)


def test_a_headline_then_its_columns_left_to_right_then_the_article_below() -> None:
    boxes = [RIGHT_BELOW, LEFT, HEADLINE, RIGHT]
    runs = [8, 17, 1, 6]
    assert [boxes[k] for k in reading_order(boxes, runs)] == [HEADLINE, LEFT, RIGHT, RIGHT_BELOW]


def test_a_column_starting_just_under_a_short_headline_on_its_right_is_read_before_it() -> None:
    """::

        +--------+ +--------+  +--------+     0: the article's first column, 1: its title's row
        |   0    | |   1    |  |  head  |     2: the next article's headline, beside the title,
        |        | +--------+  +--------+     3: the first article's second column, starting a
        |        | +--------+                 row under that headline: read before it
        |        | |   3    |
    """
    first = (0, 10, 0, 12)
    title = (12, 22, 0, 1)
    head = (25, 35, 0, 1)
    second = (12, 22, 1 + HEAD_BESIDE_ROWS, 12)
    boxes = [first, title, head, second]
    order = [boxes[k] for k in reading_order(boxes, [12, 2, 2, 9])]
    assert order.index(second) < order.index(head)


def test_a_headline_with_nothing_beside_it_on_its_left_keeps_its_place() -> None:
    """::

                            +--------+     0: a headline over the right-hand side, no block on
        +------+ +------+   +--------+        its row to its left: it stays first
        |  1   | |  2   |   +--------+     1, 2: a report's columns starting two rows under it
        +------+ +------+   |   3    |     3: the right-hand report under the headline
    """
    head = (46, 56, 0, 0)
    left, middle, right = (0, 12, 2, 4), (16, 26, 2, 4), (40, 52, 3, 5)
    boxes = [left, middle, head, right]
    assert [boxes[k] for k in reading_order(boxes, [3, 3, 1, 3])][0] == head


def test_a_notices_office_and_date_beside_its_text_is_no_headline_that_the_column_below_precedes() -> None:
    """::

        +--------+ +------+             0: the notice's text, 1: its second column (特此通告。)
        |   0    | |  1   |             2: the issuing office and the date, set apart on the right
        |        | +------+ +------+
        |        |          |  2   |
        +--------+          +------+
        +------------+                  3: the next article, starting a row under the date
        |     3      |

    Two lines beside a block on their left and a column starting right under them look like a
    headline in a row of blocks, which the column goes before; a block ending on a date is none,
    and is read in its place, before the article below it."""
    text, second, closing = (0, 24, 0, 8), (27, 34, 0, 2), (37, 53, 4, 6)
    below = (0, 32, 6 + HEAD_BESIDE_ROWS, 20)
    boxes = [text, second, closing, below]
    runs = [5, 2, 2, 10]
    assert reading_order(boxes, runs, frozenset({2})) == [0, 1, 2, 3]
    assert reading_order(boxes, runs).index(3) < reading_order(boxes, runs).index(2)
