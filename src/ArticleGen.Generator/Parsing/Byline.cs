namespace ArticleGen.Generator.Parsing;

/// <summary>A <c>By NAME</c> line under the headline, e.g. <c>By Jonathan Clayton</c>.</summary>
internal static class Byline
{
    private const int MaxLength = 60;

    /// <returns>The name, or null where the line is no byline.</returns>
    public static string? Read(string text, Line line)
    {
        if (line.ContentLength > MaxLength || line.ContentLength <= 3 || !Text.StartsWith(text, line.ContentStart, "By "))
        {
            return null;
        }

        string name = Text.Collapse(text, line.ContentStart + 3, line.ContentEnd);
        int comma = name.IndexOf(',');
        if (comma > 0)
        {
            name = name.Substring(0, comma); // "By Jane Doe, Reuters Correspondent"
        }

        return name.Length > 0 && char.IsUpper(name[0]) ? name : null;
    }
}
