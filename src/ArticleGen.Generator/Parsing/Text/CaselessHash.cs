using System;

namespace ArticleGen.Generator.Parsing;

/// <summary>
/// A hash of a text that agrees with <see cref="StringComparison.OrdinalIgnoreCase"/>: texts equal but for case hash
/// alike. One look-up a character, where the framework's own hash of a text beyond ASCII upper-cases a copy of it
/// first (half the page's blocks hold a curly quote or an accented letter), at three times the cost.
/// </summary>
internal static class CaselessHash
{
    /// <summary>
    /// For each character, the framework's caseless hash of it alone: two characters equal but for case get one key,
    /// since the framework's hash agrees with its comparison. The keys differ from process to process (the framework's
    /// hash is seeded), so no crafted page can make its texts collide. A surrogate compares as half of a pair, whose
    /// case is that of the whole: every surrogate gets one key.
    /// </summary>
    private static readonly int[] Keys = KeysOfAll();

    /// <remarks>
    /// FNV-1a over the keys, not the characters, in two lanes, the even characters and the odd: each step waits for
    /// the one before it in its lane only, so the two run side by side.
    /// </remarks>
    public static int Of(string text)
    {
        uint even = 2166136261, odd = 2166136261;
        int i = 0;
        for (; i + 1 < text.Length; i += 2)
        {
            even = (even ^ (uint)Keys[text[i]]) * 16777619;
            odd = (odd ^ (uint)Keys[text[i + 1]]) * 16777619;
        }

        if (i < text.Length)
        {
            even = (even ^ (uint)Keys[text[i]]) * 16777619;
        }

        return (int)(even ^ ((odd << 15) | (odd >> 17)));
    }

    private static int[] KeysOfAll()
    {
        var keys = new int[char.MaxValue + 1];
        for (int c = 0; c <= char.MaxValue; c++)
        {
            keys[c] = char.IsSurrogate((char)c) ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(new string((char)c, 1));
        }

        return keys;
    }
}
