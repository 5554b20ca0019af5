using System;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.Generator.Inputs;

/// <summary>
/// The size cap (<c>ArticleGenMaxFileSize</c>, in UTF-8 bytes). A file over it is reported (ART010) and neither parsed
/// nor generated, so a stray huge file cannot stall the IDE. The generator and the analyzer share this one rule.
/// </summary>
internal static class ArticleSizeLimit
{
    private const int ChunkSize = 4096;

    /// <summary>True when <paramref name="text"/> takes more than <paramref name="maxBytes"/> bytes as UTF-8.</summary>
    public static bool Exceeds(SourceText text, long maxBytes)
    {
        // A char is 1 to 3 UTF-8 bytes (a surrogate pair is 4 for 2), so the char count settles most files at once.
        long chars = text.Length;
        if (chars > maxBytes)
        {
            return true;
        }

        if (chars * 3 <= maxBytes)
        {
            return false;
        }

        var buffer = new char[ChunkSize];
        long bytes = 0;
        for (int start = 0; start < text.Length; )
        {
            int count = Math.Min(ChunkSize, text.Length - start);
            text.CopyTo(start, buffer, 0, count);
            if (count > 1 && char.IsHighSurrogate(buffer[count - 1]) && start + count < text.Length)
            {
                count--; // keep a surrogate pair in one chunk so it counts 4 bytes, not 3 + 3
            }

            bytes += Encoding.UTF8.GetByteCount(buffer, 0, count);
            if (bytes > maxBytes)
            {
                return true;
            }

            start += count;
        }

        return false;
    }
}
