using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace ArticleGen;

/// <summary>
/// A read-only list that compares by content, so that records holding lists keep value equality
/// (a plain array or <see cref="List{T}"/> compares by reference).
/// </summary>
internal sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    public static readonly ValueList<T> Empty = new(Array.Empty<T>());

    private readonly T[] _items;

    private ValueList(T[] items) => _items = items;

    public static ValueList<T> Of(IEnumerable<T>? items) =>
        items is null ? Empty : items as ValueList<T> ?? new ValueList<T>(items.ToArray());

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    public bool Equals(ValueList<T>? other) =>
        other is not null && _items.AsSpan().SequenceEqual(other._items, EqualityComparer<T>.Default);

    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (T item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>The items in brackets, e.g. <c>[Maxim Rodionov, Tom Balmforth]</c>.</summary>
    public override string ToString() => "[" + string.Join(", ", _items) + "]";

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();
}
