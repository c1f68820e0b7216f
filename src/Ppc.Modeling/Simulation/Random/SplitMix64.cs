using System.Runtime.CompilerServices;

namespace Ppc.Modeling.Simulation.Random;

/// <summary>
/// SplitMix64 (Steele, Lea and Flood 2014; the reference C code is at prng.di.unimi.it/splitmix64.c):
/// a 64-bit counter advanced by the golden-ratio increment and passed through <see cref="Mix"/>.
/// It is used only to turn a seed into the state of <see cref="Xoshiro256StarStar"/>, as that
/// generator's authors recommend.
/// </summary>
internal struct SplitMix64
{
    /// <summary>The increment, 2^64 / φ rounded to odd.</summary>
    public const ulong GoldenGamma = 0x9E3779B97F4A7C15UL;

    private ulong _state;

    /// <summary>A generator whose first output is <c>Mix(seed + GoldenGamma)</c>.</summary>
    /// <param name="seed">Any 64-bit value.</param>
    public SplitMix64(ulong seed) => _state = seed;

    /// <summary>The next output: the counter advances by <see cref="GoldenGamma"/>, then is mixed.</summary>
    /// <returns>64 random bits.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong Next()
    {
        _state = unchecked(_state + GoldenGamma);
        return Mix(_state);
    }

    /// <summary>
    /// The SplitMix64 output function (a bijection of the 64-bit integers):
    /// z ^= z &gt;&gt; 30; z *= 0xBF58476D1CE4E5B9; z ^= z &gt;&gt; 27; z *= 0x94D049BB133111EB; z ^= z &gt;&gt; 31.
    /// </summary>
    /// <param name="z">The value to mix.</param>
    /// <returns>The mixed value; <c>Mix(0) = 0</c>.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
