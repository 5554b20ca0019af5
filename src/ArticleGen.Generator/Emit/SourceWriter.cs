using System.Text;

namespace ArticleGen.Generator.Emit;

/// <summary>Builds C# text line by line with four-space indentation and LF newlines, whatever the host OS.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _text = new();
    private int _indent;

    /// <param name="indent">The starting depth, for a piece of code that goes inside a class.</param>
    public SourceWriter(int indent = 0) => _indent = indent;

    public SourceWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            _text.Append(' ', _indent * 4).Append(line);
        }

        _text.Append('\n');
        return this;
    }

    /// <summary>Writes <paramref name="line"/> (if any), then <c>{</c>, and indents.</summary>
    public SourceWriter Open(string? line = null)
    {
        if (line is not null)
        {
            Line(line);
        }

        Line("{");
        _indent++;
        return this;
    }

    /// <summary>Outdents and writes <c>}</c> followed by <paramref name="suffix"/>, e.g. <c>,</c> or <c>);</c>.</summary>
    public SourceWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    public SourceWriter Indent()
    {
        _indent++;
        return this;
    }

    public SourceWriter Outdent()
    {
        _indent--;
        return this;
    }

    /// <summary>
    /// Writes <c>prefix "value"suffix</c>, the value as <see cref="CSharpLiteral.Text"/> writes it: a text with line
    /// breaks keeps them, in a verbatim literal whose lines are not indented, because the indentation would be text.
    /// </summary>
    public SourceWriter Literal(string prefix, string value, string suffix) =>
        Line(prefix + " " + CSharpLiteral.Text(value) + suffix);

    /// <summary>Appends code that another writer wrote at this depth, as it is.</summary>
    public SourceWriter Code(string code)
    {
        _text.Append(code);
        return this;
    }

    public override string ToString() => _text.ToString();
}
