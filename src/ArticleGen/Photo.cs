namespace ArticleGen;

/// <summary>A photo caption and its credit.</summary>
/// <param name="Caption">The caption text without the credit.</param>
/// <param name="Credit">The credit as written, e.g. <c>REUTERS/Carlos Garcia Rawlins</c>.</param>
/// <param name="Photographer">The photographer named in the credit, e.g. <c>Carlos Garcia Rawlins</c>.</param>
/// <param name="Agency">The agency named in the credit, e.g. <c>REUTERS</c>.</param>
public sealed record Photo(string Caption, string Credit, string? Photographer, string? Agency);
