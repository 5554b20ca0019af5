using System;
using System.IO;
using System.Text;

namespace ArticleGen.Tool.Inputs;

/// <summary>
/// An article file's text with how it was stored: its encoding and whether it had a byte order mark, so that a fix
/// writes it back the same way. Line endings need no record: the fixes only delete and replace inside lines.
/// </summary>
internal sealed class ArticleFileText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private ArticleFileText(string text, Encoding encoding, byte[] preamble, string? readError)
    {
        Text = text;
        Encoding = encoding;
        Preamble = preamble;
        ReadError = readError;
    }

    public string Text { get; }

    public Encoding Encoding { get; }

    /// <summary>The byte order mark the file started with, or none.</summary>
    public byte[] Preamble { get; }

    /// <summary>Why the file could not be read (then <see cref="Text"/> is empty), or null.</summary>
    public string? ReadError { get; }

    /// <summary>Reads a file as the compiler does: UTF-8 unless a byte order mark says otherwise. Never throws.</summary>
    public static ArticleFileText Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ArticleFileText(string.Empty, StrictUtf8, Array.Empty<byte>(), "the file could not be read: " + e.Message);
        }

        return FromBytes(bytes);
    }

    public static ArticleFileText FromBytes(byte[] bytes)
    {
        (Encoding encoding, int bomLength) = DetectBom(bytes);
        byte[] preamble = bytes.AsSpan(0, bomLength).ToArray();
        string text;
        try
        {
            text = encoding.GetString(bytes, bomLength, bytes.Length - bomLength);
        }
        catch (DecoderFallbackException)
        {
            // Not valid UTF-8: read with U+FFFD where the bad bytes are, which the parser reports as ART010.
            text = new UTF8Encoding(false, false).GetString(bytes, bomLength, bytes.Length - bomLength);
        }

        return new ArticleFileText(text, encoding, preamble, null);
    }

    /// <summary>The bytes of <paramref name="text"/> stored as this file was.</summary>
    public byte[] Encode(string text)
    {
        byte[] body = Encoding.GetBytes(text);
        var bytes = new byte[Preamble.Length + body.Length];
        Preamble.CopyTo(bytes, 0);
        body.CopyTo(bytes, Preamble.Length);
        return bytes;
    }

    private static (Encoding Encoding, int BomLength) DetectBom(byte[] bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return (StrictUtf8, 3);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 2);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 2);
        }

        return (StrictUtf8, 0);
    }
}
