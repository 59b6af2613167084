"""The mark stack that pairs quote marks answers in constant time what a scan would (#13)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.rules.quotes.marks import _CLOSERS, OpenMark, _Stack

OPENERS = sorted(_CLOSERS)
OPS = st.lists(
    st.one_of(
        st.tuples(st.just("push"), st.sampled_from(OPENERS)),
        st.tuples(st.just("truncate"), st.integers(min_value=0, max_value=12)),
    ),
    max_size=60,
)


@given(OPS)
def test_stack_counts_agree_with_a_scan(ops: list[tuple[str, object]]) -> None:
    stack = _Stack()
    for op, arg in ops:
        if op == "push":
            assert isinstance(arg, str)
            stack.push(OpenMark(len(stack), "f", _CLOSERS[arg], 0))
        else:
            assert isinstance(arg, int)
            stack.truncate(min(arg, len(stack)))
        for ch in "\"“”„‟'‘’‚‛«»‹›「」『』":
            assert stack.closes(ch) == any(ch in o.closers for o in stack)
        for closers in set(_CLOSERS.values()):
            assert stack.holds_closers(closers) == any(o.closers == closers for o in stack)
