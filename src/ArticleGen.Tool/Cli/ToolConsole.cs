using System.IO;

namespace ArticleGen.Tool.Cli;

/// <summary>Where a command writes: text output, JSON bytes, and messages for the user (never mixed into output).</summary>
internal sealed class ToolConsole(TextWriter output, TextWriter messages, Stream outputStream)
{
    public TextWriter Out { get; } = output;

    public TextWriter Messages { get; } = messages;

    /// <summary>The raw output stream, for JSON; flush <see cref="Out"/> first.</summary>
    public Stream OutStream { get; } = outputStream;
}
