namespace ArticleGen;

/// <summary>A photo caption and its credit.</summary>
/// <param name="Caption">The caption text without the credit.</param>
/// <param name="Credit">The credit as written, e.g. <c>REUTERS/Carlos Garcia Rawlins</c>.</param>
/// <param name="Photographer">The photographer named in the credit, e.g. <c>Carlos Garcia Rawlins</c>.</param>
/// <param name="Agency">
/// The agency named in the credit, as a name: e.g. <c>Reuters</c> for the credit <c>REUTERS/Carlos Garcia Rawlins</c>.
/// Wire credits write the agency in capitals; a name longer than three letters is given with only its first letter in
/// capitals, while an acronym such as <c>AP</c> or <c>AFP</c> stays as it is.
/// </param>
public sealed record Photo(string Caption, string Credit, string? Photographer, string? Agency);
