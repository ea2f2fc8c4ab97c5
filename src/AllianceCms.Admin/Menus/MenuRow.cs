using AllianceCms.Core.Menus;
using Microsoft.AspNetCore.Http;

namespace AllianceCms.Admin.Menus;

/// <summary>One entry as the menu editor shows and posts it: a label and a target of a kind (an item or a URL).</summary>
public sealed class MenuRow
{
    public const string ItemKind = "item";
    public const string UrlKind = "url";

    public string Label { get; set; } = "";
    public string Kind { get; set; } = ItemKind;
    public string Item { get; set; } = "";
    public string Url { get; set; } = "";

    public MenuEntry ToEntry() => new()
    {
        Label = Label.Trim(),
        ContentItemId = Kind == ItemKind && Item.Length > 0 ? Item : null,
        Url = Kind == UrlKind && Url.Length > 0 ? Url : null,
    };

    public static MenuRow From(MenuEntry entry) => new()
    {
        Label = entry.Label,
        Kind = entry.ContentItemId is not null ? ItemKind : UrlKind,
        Item = entry.ContentItemId ?? "",
        Url = entry.Url ?? "",
    };

    /// <summary>The rows of a posted editor, in the order of their "Rows" markers; fields are "Label.{n}", "Kind.{n}"…</summary>
    public static List<MenuRow> Read(IFormCollection form, int max)
    {
        var rows = new List<MenuRow>();
        foreach (var key in form["Rows"].Take(max))
        {
            if (string.IsNullOrEmpty(key) || key.Length > 4 || !key.All(char.IsAsciiDigit)) continue;
            var kind = form[$"Kind.{key}"].ToString();
            rows.Add(new MenuRow
            {
                Label = form[$"Label.{key}"].ToString(),
                Kind = kind == UrlKind ? UrlKind : kind == ItemKind ? ItemKind : form[$"Url.{key}"].ToString().Trim().Length > 0 ? UrlKind : ItemKind,
                Item = form[$"Item.{key}"].ToString().Trim(),
                Url = form[$"Url.{key}"].ToString().Trim(),
            });
        }
        return rows;
    }
}
