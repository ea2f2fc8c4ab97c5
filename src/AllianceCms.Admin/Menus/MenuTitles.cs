using AllianceCms.Admin.Localization;

namespace AllianceCms.Admin.Menus;

/// <summary>A menu's name in the admin's words ("Main navigation"); menus the admin has no words for show their name.</summary>
public static class MenuTitles
{
    public static string Of(string name, AdminText T) => T["MenuLabel_" + name] is var title && title != "MenuLabel_" + name ? title : name;
}
