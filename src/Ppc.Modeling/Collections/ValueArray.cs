using System.Collections;
using System.Runtime.CompilerServices;

namespace Ppc.Modeling.Collections;

/// <summary>
/// An immutable list with value equality: two arrays are equal when they hold equal items in the
/// same order. Scenario records use it so that two scenarios read from equal JSON are equal.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
[CollectionBuilder(typeof(ValueArray), nameof(ValueArray.Create))]
public sealed class ValueArray<T> : IReadOnlyList<T>, IEquatable<ValueArray<T>>
{
    private readonly T[] _items;

    /// <summary>Creates an array holding a copy of <paramref name="items"/>.</summary>
    /// <param name="items">The items, in order.</param>
    public ValueArray(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        _items = items.ToArray();
    }

    private ValueArray(T[] items, bool _) => _items = items;

    /// <summary>The empty array.</summary>
    public static ValueArray<T> Empty { get; } = new([], false);

    internal static ValueArray<T> Wrap(T[] items) => new(items, false);

    /// <summary>The item at <paramref name="index"/> (0-based).</summary>
    public T this[int index] => _items[index];

    /// <summary>The number of items.</summary>
    public int Count => _items.Length;

    /// <summary>The items as a read-only span.</summary>
    public ReadOnlySpan<T> AsSpan() => _items;

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    /// <inheritdoc />
    public bool Equals(ValueArray<T>? other)
    {
        if (other is null) return false;
        if (ReferenceEquals(this, other)) return true;
        if (other._items.Length != _items.Length) return false;
        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < _items.Length; i++)
        {
            if (!comparer.Equals(_items[i], other._items[i])) return false;
        }
        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ValueArray<T>);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items) hash.Add(item);
        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public override string ToString() => "[" + string.Join(", ", _items) + "]";
}

/// <summary>Factory methods for <see cref="ValueArray{T}"/>.</summary>
public static class ValueArray
{
    /// <summary>Creates an array holding a copy of <paramref name="items"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items, in order.</param>
    /// <returns>The new array.</returns>
    public static ValueArray<T> Create<T>(ReadOnlySpan<T> items) =>
        items.Length == 0 ? ValueArray<T>.Empty : ValueArray<T>.Wrap(items.ToArray());
}
