"""Dataclasses to plain JSON-able dicts and back. Used by the cache and the JSON export (no pickles)."""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from collections.abc import Callable
from typing import Any, TypeVar, Union, get_args, get_origin, get_type_hints

T = TypeVar("T")


def to_dict(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_dict(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (list, tuple)):
        return [to_dict(v) for v in obj]
    if isinstance(obj, dict):
        return {str(k): to_dict(v) for k, v in obj.items()}
    return obj


def from_dict(cls: type[T], data: Any) -> T:
    return _convert(cls, data)


_PLAIN = (str, int, float, bool, Any)


def _is_plain(tp: Any) -> bool:
    """JSON gives values of this type as they are: scalars, literals, and unions/lists/dicts of them."""
    if tp in _PLAIN or tp is type(None):
        return True
    origin = get_origin(tp)
    if origin is typing.Literal:
        return True
    if origin in (Union, types.UnionType, list, dict):
        args = get_args(tp)
        return bool(args) and all(_is_plain(a) for a in args)
    return False


def _convert(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    convert = _converter(tp)
    return value if convert is None else convert(value)


@functools.cache
def _converter(tp: Any) -> Callable[[Any], Any] | None:
    """A function turning JSON values into ``tp`` (never called with None), or None where they are ``tp`` as
    they are. Built once per type: resolving annotations per object made reading a large cache slow."""
    if _is_plain(tp) and tp is not int and get_origin(tp) not in (list, dict):
        return None
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        args = [a for a in get_args(tp) if a is not type(None)]
        return _converter(args[0]) if len(args) == 1 else None
    if origin is typing.Literal:
        return None
    if origin in (list, tuple):
        (inner_t, *_) = get_args(tp) or (Any,)
        inner = _converter(inner_t)
        return list if inner is None else (lambda v: [None if x is None else inner(x) for x in v])
    if origin is dict:
        key_t, val_t = get_args(tp) or (Any, Any)
        key, val = _converter(key_t) or _same, _converter(val_t) or _same
        return lambda v: {key(k): None if x is None else val(x) for k, x in v.items()}
    if dataclasses.is_dataclass(tp):
        hints = get_type_hints(tp)
        fields = {f.name: _converter(hints[f.name]) for f in dataclasses.fields(tp)}

        converted = [(k, c) for k, c in fields.items() if c is not None]
        bare = not hasattr(tp, "__post_init__") and not hasattr(tp, "__slots__")

        def build(value: dict) -> Any:
            if bare and len(value) == len(fields) and fields.keys() == value.keys():
                # Every field present, as argmap writes them: fill the instance without __init__ (the
                # cache holds tens of thousands of sentences and citations).
                out = dict(value)
                for k, c in converted:
                    v = out[k]
                    if v is not None:
                        out[k] = c(v)
                obj = object.__new__(tp)
                obj.__dict__.update(out)
                return obj
            return tp(**{k: v if v is None or fields[k] is None else fields[k](v)
                         for k, v in value.items() if k in fields})

        return build
    if tp is int:
        return lambda v: int(v) if isinstance(v, str) else v
    return None


def _same(value: Any) -> Any:
    return value
