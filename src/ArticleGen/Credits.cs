using System.Collections.Generic;

namespace ArticleGen;

/// <summary>The names in a credits line such as <c>(Reporting by ...; Writing by ...; Editing by ...)</c>, by role.</summary>
public sealed record Credits
{
    /// <summary>Creates credits; a null list means nobody in that role.</summary>
    public Credits(
        IEnumerable<string>? reporting,
        IEnumerable<string>? additionalReporting,
        IEnumerable<string>? writing,
        IEnumerable<string>? editing)
    {
        Reporting = ValueList<string>.Of(reporting);
        AdditionalReporting = ValueList<string>.Of(additionalReporting);
        Writing = ValueList<string>.Of(writing);
        Editing = ValueList<string>.Of(editing);
    }

    /// <summary>The names after <c>Reporting by</c>.</summary>
    public IReadOnlyList<string> Reporting { get; }

    /// <summary>The names after <c>Additional reporting by</c>.</summary>
    public IReadOnlyList<string> AdditionalReporting { get; }

    /// <summary>The names after <c>Writing by</c>.</summary>
    public IReadOnlyList<string> Writing { get; }

    /// <summary>The names after <c>Editing by</c>.</summary>
    public IReadOnlyList<string> Editing { get; }
}
