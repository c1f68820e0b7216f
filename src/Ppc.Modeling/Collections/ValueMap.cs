using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Ppc.Modeling.Collections;

/// <summary>
/// An immutable map from string keys (ids) to values that keeps the order in which the keys were
/// given, with value equality (same keys, same order, equal values). Scenario objects keyed by id
/// (allocation, overrides, initial pipeline, segment shares) use it.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
public sealed class ValueMap<T> : IReadOnlyList<KeyValuePair<string, T>>, IEquatable<ValueMap<T>>
{
    private readonly KeyValuePair<string, T>[] _entries;
    private readonly Dictionary<string, int> _index;

    /// <summary>Creates a map from entries in order; a repeated key keeps its last value.</summary>
    /// <param name="entries">The entries, in order.</param>
    public ValueMap(IEnumerable<KeyValuePair<string, T>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var list = new List<KeyValuePair<string, T>>();
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            ArgumentNullException.ThrowIfNull(entry.Key);
            if (_index.TryGetValue(entry.Key, out var at))
            {
                list[at] = entry;
            }
            else
            {
                _index[entry.Key] = list.Count;
                list.Add(entry);
            }
        }
        _entries = [.. list];
    }

    /// <summary>The empty map.</summary>
    public static ValueMap<T> Empty { get; } = new([]);

    /// <summary>The number of entries.</summary>
    public int Count => _entries.Length;

    /// <summary>The entry at <paramref name="index"/>, in the order given.</summary>
    public KeyValuePair<string, T> this[int index] => _entries[index];

    /// <summary>The value for <paramref name="key"/>.</summary>
    /// <exception cref="KeyNotFoundException">The key is absent.</exception>
    public T this[string key] => _entries[_index[key]].Value;

    /// <summary>The keys, in order.</summary>
    public IEnumerable<string> Keys => _entries.Select(e => e.Key);

    /// <summary>Whether the map has <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    public bool ContainsKey(string key) => _index.ContainsKey(key);

    /// <summary>Gets the value for <paramref name="key"/> when present.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value, when found.</param>
    /// <returns>Whether the key is present.</returns>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out T value)
    {
        if (_index.TryGetValue(key, out var at))
        {
            value = _entries[at].Value;
            return true;
        }
        value = default;
        return false;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, T>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, T>>)_entries).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _entries.GetEnumerator();

    /// <inheritdoc />
    public bool Equals(ValueMap<T>? other)
    {
        if (other is null) return false;
        if (ReferenceEquals(this, other)) return true;
        if (other._entries.Length != _entries.Length) return false;
        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < _entries.Length; i++)
        {
            if (_entries[i].Key != other._entries[i].Key || !comparer.Equals(_entries[i].Value, other._entries[i].Value)) return false;
        }
        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ValueMap<T>);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var entry in _entries)
        {
            hash.Add(entry.Key);
            hash.Add(entry.Value);
        }
        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public override string ToString() => "{" + string.Join(", ", _entries.Select(e => $"{e.Key}: {e.Value}")) + "}";
}
