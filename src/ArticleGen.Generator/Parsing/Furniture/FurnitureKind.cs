namespace ArticleGen.Generator.Parsing;

/// <summary>What piece of an article's own furniture a block of text is, if any.</summary>
internal enum FurnitureKind : byte
{
    None,

    /// <summary>A copyright notice (<see cref="CopyrightNotice"/>): it closes the article.</summary>
    Copyright,

    /// <summary>A credits line (<see cref="CreditsLine"/>): <c>(Reporting by ...; Editing by ...)</c>.</summary>
    Credits,

    /// <summary>A photo caption with its credit (<see cref="PhotoCaption"/>).</summary>
    Caption,
}

/// <summary>The one place that decides a block's furniture kind, for the page stage and the body alike.</summary>
internal static class Furniture
{
    /// <param name="content">The block's text, whitespace collapsed.</param>
    /// <param name="copyrightCloses">A copyright notice counts here: the body's last block, or any block of a page.</param>
    public static FurnitureKind KindOf(string content, bool copyrightCloses = true) =>
        copyrightCloses && CopyrightNotice.IsStart(content, 0) ? FurnitureKind.Copyright
        : CreditsLine.LooksLike(content) ? FurnitureKind.Credits
        : PhotoCaption.IsCaption(content) ? FurnitureKind.Caption
        : FurnitureKind.None;
}
