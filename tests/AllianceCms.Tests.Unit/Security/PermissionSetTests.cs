using AllianceCms.Core.Security;

namespace AllianceCms.Tests.Unit.Security;

public sealed class PermissionSetTests
{
    [Theory]
    [InlineData(ContentActions.Edit, "Article", false, "content.edit:Article")]
    [InlineData(ContentActions.Publish, "*", false, "content.publish:*")]
    [InlineData(ContentActions.Delete, "Member", true, "content.delete.own:Member")]
    public void Content_permissions_are_named_by_action_and_type(string action, string type, bool ownOnly, string name) =>
        Assert.Equal(name, Permission.ForContent(action, type, ownOnly));

    [Fact]
    public void An_administrator_with_the_wildcard_may_do_anything()
    {
        var admin = new PermissionSet([Permission.All]);

        Assert.True(admin.Has("settings.manage"));
        Assert.True(admin.Has("anything.at.all"));
        foreach (var action in ContentActions.AllActions)
            Assert.True(admin.CanContent(action, "Member", isOwner: false));
    }

    [Fact]
    public void A_user_without_permissions_may_do_nothing()
    {
        var nobody = new PermissionSet([]);

        Assert.False(nobody.Has("settings.manage"));
        Assert.False(nobody.CanContent(ContentActions.View, "Article", isOwner: true));
    }

    [Fact]
    public void A_permission_is_held_only_as_granted()
    {
        var editor = new PermissionSet(["settings.view"]);

        Assert.True(editor.Has("settings.view"));
        Assert.False(editor.Has("settings.manage"));
        Assert.False(editor.Has("Settings.View"));
    }

    [Fact]
    public void An_editor_of_one_type_may_edit_any_item_of_that_type_only()
    {
        var editor = new PermissionSet(["content.edit:Article"]);

        Assert.True(editor.CanContent(ContentActions.Edit, "Article", isOwner: false));
        Assert.True(editor.CanContent(ContentActions.Edit, "Article", isOwner: true));
        Assert.False(editor.CanContent(ContentActions.Edit, "Member", isOwner: false));
        Assert.False(editor.CanContent(ContentActions.Publish, "Article", isOwner: false));
    }

    [Fact]
    public void An_editor_of_every_type_may_edit_items_of_any_type()
    {
        var editor = new PermissionSet(["content.edit:*"]);

        Assert.True(editor.CanContent(ContentActions.Edit, "Article", isOwner: false));
        Assert.True(editor.CanContent(ContentActions.Edit, "Member", isOwner: false));
        Assert.False(editor.CanContent(ContentActions.Delete, "Member", isOwner: false));
        Assert.False(editor.Has("settings.manage"));
    }

    [Fact]
    public void An_author_may_edit_their_own_items_only()
    {
        var author = new PermissionSet(["content.edit.own:Article"]);

        Assert.True(author.CanContent(ContentActions.Edit, "Article", isOwner: true));
        Assert.False(author.CanContent(ContentActions.Edit, "Article", isOwner: false));
        Assert.False(author.CanContent(ContentActions.Edit, "Member", isOwner: true));
    }

    [Fact]
    public void An_author_of_every_type_may_edit_their_own_items_of_any_type()
    {
        var author = new PermissionSet(["content.edit.own:*"]);

        Assert.True(author.CanContent(ContentActions.Edit, "Article", isOwner: true));
        Assert.True(author.CanContent(ContentActions.Edit, "Member", isOwner: true));
        Assert.False(author.CanContent(ContentActions.Edit, "Member", isOwner: false));
        Assert.False(author.CanContent(ContentActions.Publish, "Member", isOwner: true));
    }

    [Fact]
    public void Permissions_from_several_roles_add_up()
    {
        var user = new PermissionSet(["content.view:*", "content.edit.own:Article", "content.publish:News", "content.view:*"]);

        Assert.True(user.CanContent(ContentActions.View, "Member", isOwner: false));
        Assert.True(user.CanContent(ContentActions.Edit, "Article", isOwner: true));
        Assert.True(user.CanContent(ContentActions.Publish, "News", isOwner: false));
        Assert.False(user.CanContent(ContentActions.Publish, "Article", isOwner: true));
    }

    [Fact]
    public void Content_type_names_are_case_sensitive()
    {
        Assert.False(new PermissionSet(["content.edit:article"]).CanContent(ContentActions.Edit, "Article", isOwner: false));
    }

    [Fact]
    public void The_content_actions_are_view_edit_publish_and_delete()
    {
        Assert.Equal(["view", "edit", "publish", "delete"], ContentActions.AllActions);
    }
}
