namespace Ppc.Modeling.Simulation;

/// <summary>A segment's signed-but-undelivered deals, oldest first, each with its own drawn value. Grows as needed, reused across trials.</summary>
internal sealed class DealQueue
{
    private double[] _values = new double[16];
    private int _head;

    public int Count { get; private set; }

    public void Clear()
    {
        _head = 0;
        Count = 0;
    }

    public void Enqueue(double value)
    {
        if (Count == _values.Length) Grow();
        _values[(_head + Count) % _values.Length] = value;
        Count++;
    }

    public double Dequeue()
    {
        var value = _values[_head];
        _head = (_head + 1) % _values.Length;
        Count--;
        return value;
    }

    private void Grow()
    {
        var bigger = new double[_values.Length * 2];
        for (var i = 0; i < Count; i++) bigger[i] = _values[(_head + i) % _values.Length];
        _values = bigger;
        _head = 0;
    }
}
