namespace ArticleGen.Tool.Tests.TestSupport;

/// <summary>Small articles whose every line and column can be counted by eye.</summary>
public static class Samples
{
    /// <summary>Headline, date line, a wire dateline, two paragraphs, credits: nothing to report.</summary>
    public const string Clean =
        "Geneva lake swim draws record crowd\n" +
        "[July 4, 2019]\n" +
        "\n" +
        "GENEVA (Reuters) - More than 2,000 swimmers crossed the lake on Thursday, the organisers said.\n" +
        "\n" +
        "The race started at dawn and ended before noon.\n" +
        "\n" +
        "(Reporting by Jane Doe; Editing by John Roe)\n";

    /// <summary>
    /// The same with three things to fix: a dateline not in capitals with no space after its dash (line 4), a share
    /// line (line 5) and an entity (line 7, column 26).
    /// </summary>
    public const string Dirty =
        "Geneva lake swim draws record crowd\n" +
        "[July 4, 2019]\n" +
        "\n" +
        "Geneva (Reuters) -More than 2,000 swimmers crossed the lake on Thursday, the organisers said.\n" +
        "Send a link to a friend\n" +
        "\n" +
        "The race started at dawn &amp; ended before noon.\n" +
        "\n" +
        "(Reporting by Jane Doe; Editing by John Roe)\n";

    /// <summary><see cref="Dirty"/> after every fix, as a person would fix it by hand.</summary>
    public const string DirtyFixed =
        "Geneva lake swim draws record crowd\n" +
        "[July 4, 2019]\n" +
        "\n" +
        "GENEVA (Reuters) - More than 2,000 swimmers crossed the lake on Thursday, the organisers said.\n" +
        "\n" +
        "The race started at dawn & ended before noon.\n" +
        "\n" +
        "(Reporting by Jane Doe; Editing by John Roe)\n";

    public const string HelpBase = "https://github.com/articlegen/articlegen/blob/main/docs/diagnostics/";
}
