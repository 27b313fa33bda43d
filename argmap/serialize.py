"""Dataclasses to plain JSON-able dicts and back. Used by the cache and the JSON export (no pickles)."""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
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


@functools.cache
def _field_types(cls: type) -> dict[str, Any]:
    """Field name -> type to convert into, or None where JSON values can be used as they are.

    Resolving annotations is slow, so it happens once per class rather than once per object.
    """
    hints = get_type_hints(cls)
    return {f.name: None if _is_plain(hints[f.name]) else hints[f.name] for f in dataclasses.fields(cls)}


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
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        args = [a for a in get_args(tp) if a is not type(None)]
        return _convert(args[0], value) if len(args) == 1 else value
    if origin is typing.Literal:
        return value
    if origin in (list, tuple):
        (inner, *_) = get_args(tp) or (Any,)
        return [_convert(inner, v) for v in value]
    if origin is dict:
        key_t, val_t = get_args(tp) or (Any, Any)
        return {_convert(key_t, k): _convert(val_t, v) for k, v in value.items()}
    if dataclasses.is_dataclass(tp):
        hints = _field_types(tp)
        return tp(**{k: v if hints[k] is None else _convert(hints[k], v) for k, v in value.items() if k in hints})
    if tp is int and isinstance(value, str):
        return int(value)
    return value
