using AllianceCms.Core.Content;
using AllianceCms.Tests.Integration.Infrastructure;

namespace AllianceCms.Tests.Integration.Content;

[Collection("blank")]
public sealed class ContentVersionsTests(BlankSiteFactory site)
{
    [Fact]
    public async Task Every_save_is_a_new_version_and_the_published_one_stays_until_the_draft_is_published()
    {
        await site.WithContentAsync(async (content, _) =>
        {
            var created = await content.CreateAsync(await Items.NewCountryAsync(content, Items.Unique("Versionland")), publish: true).CreatedAsync();
            var draft = created.Clone();
            draft.DisplayText = Items.Unique("Versionland renamed");
            var saved = await content.SaveAsync(draft).CreatedAsync();

            Assert.Equal(2, saved.Number);
            Assert.False(saved.Published);
            var published = await content.GetAsync(created.ContentItemId, VersionOptions.Published);
            Assert.Equal(created.DisplayText, published!.DisplayText);
            var latest = await content.GetAsync(created.ContentItemId, VersionOptions.Latest);
            Assert.Equal(draft.DisplayText, latest!.DisplayText);

            await content.PublishAsync(created.ContentItemId).CreatedAsync();
            var versions = await content.GetVersionsAsync(created.ContentItemId);
            Assert.Equal([2, 1], versions.Select(v => v.Number));
            Assert.True(versions[0].Published && versions[0].Latest);
            Assert.False(versions[1].Published || versions[1].Latest);
            return true;
        });
    }

    [Fact]
    public async Task Saving_over_a_newer_version_is_refused_as_a_conflict_and_nothing_is_overwritten()
    {
        await site.WithContentAsync(async (content, _) =>
        {
            var created = await content.CreateAsync(await Items.NewCountryAsync(content, Items.Unique("Conflictia")), publish: false).CreatedAsync();
            var first = created.Clone();
            var second = created.Clone();
            first.DisplayText = Items.Unique("First editor");
            second.DisplayText = Items.Unique("Second editor");

            await content.SaveAsync(first).CreatedAsync();
            var result = await content.SaveAsync(second);

            Assert.Equal(ContentOutcome.Conflict, result.Outcome);
            Assert.Equal(first.DisplayText, result.Current!.DisplayText);
            Assert.Equal(first.DisplayText, (await content.GetAsync(created.ContentItemId, VersionOptions.Latest))!.DisplayText);
            return true;
        });
    }

    [Fact]
    public async Task Two_editors_saving_the_same_version_at_once_produce_one_version_and_one_conflict()
    {
        string id;
        await using (var scope = site.Scope())
        {
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            id = (await content.CreateAsync(await Items.NewCountryAsync(content, Items.Unique("Raceland")), publish: false).CreatedAsync()).ContentItemId;
        }

        // Both editors load version 1 before either saves.
        await using var first = site.Scope();
        await using var second = site.Scope();
        var firstContent = first.ServiceProvider.GetRequiredService<IContentManager>();
        var secondContent = second.ServiceProvider.GetRequiredService<IContentManager>();
        var firstItem = (await firstContent.GetAsync(id, VersionOptions.Latest))!;
        var secondItem = (await secondContent.GetAsync(id, VersionOptions.Latest))!;
        firstItem.DisplayText = Items.Unique("A");
        secondItem.DisplayText = Items.Unique("B");

        var results = await Task.WhenAll(Task.Run(() => firstContent.SaveAsync(firstItem)), Task.Run(() => secondContent.SaveAsync(secondItem)));
        var versions = await site.WithContentAsync((content, _) => content.GetVersionsAsync(id));

        Assert.Equal(2, versions.Count);
        Assert.Single(versions, v => v.Latest);
        Assert.Single(results, r => r.Outcome == ContentOutcome.Ok);
        Assert.Single(results, r => r.Outcome == ContentOutcome.Conflict);
        Assert.Equal(versions[0].DisplayText, results.Single(r => r.Succeeded).Item!.DisplayText);
    }

    [Fact]
    public async Task Unpublishing_hides_the_item_and_keeps_its_draft()
    {
        await site.WithContentAsync(async (content, _) =>
        {
            var created = await content.CreateAsync(await Items.NewCountryAsync(content, Items.Unique("Hiddenland")), publish: true).CreatedAsync();
            await content.UnpublishAsync(created.ContentItemId).CreatedAsync();
            Assert.Null(await content.GetAsync(created.ContentItemId, VersionOptions.Published));
            Assert.NotNull(await content.GetAsync(created.ContentItemId, VersionOptions.Latest));
            return true;
        });
    }

    [Fact]
    public async Task A_deleted_item_leaves_the_site_and_can_be_restored_as_a_draft()
    {
        await site.WithContentAsync(async (content, _) =>
        {
            var created = await content.CreateAsync(await Items.NewCountryAsync(content, Items.Unique("Deletia")), publish: true).CreatedAsync();
            await content.DeleteAsync(created.ContentItemId).CreatedAsync();
            Assert.Null(await content.GetAsync(created.ContentItemId, VersionOptions.Published));
            Assert.True((await content.GetAsync(created.ContentItemId, VersionOptions.Latest))!.IsDeleted);
            Assert.Equal(ContentOutcome.NotFound, (await content.DeleteAsync(created.ContentItemId)).Outcome);

            var restored = await content.RestoreAsync(created.ContentItemId).CreatedAsync();
            Assert.False(restored.IsDeleted);
            Assert.False(restored.Published);
            Assert.Equal(created.Slug, restored.Slug);
            return true;
        });
    }

    [Fact]
    public async Task A_clone_is_a_new_draft_item_with_the_same_fields()
    {
        await site.WithContentAsync(async (content, _) =>
        {
            var created = await content.CreateAsync(await Items.NewCountryAsync(content, Items.Unique("Clonia"), "QQ"), publish: true).CreatedAsync();
            var clone = await content.CloneAsync(created.ContentItemId).CreatedAsync();
            Assert.NotEqual(created.ContentItemId, clone.ContentItemId);
            Assert.NotEqual(created.LocalizationSet, clone.LocalizationSet);
            Assert.NotEqual(created.Slug, clone.Slug);
            Assert.False(clone.Published);
            Assert.Equal("QQ", clone.Get<string>("Country", "Alpha2"));
            Assert.StartsWith(created.DisplayText, clone.DisplayText);
            return true;
        });
    }

    [Fact]
    public async Task An_old_version_can_be_restored_as_the_new_draft()
    {
        await site.WithContentAsync(async (content, _) =>
        {
            var v1 = await content.CreateAsync(await Items.NewCountryAsync(content, Items.Unique("Oldland")), publish: true).CreatedAsync();
            var edit = v1.Clone();
            edit.DisplayText = Items.Unique("Newland");
            await content.SaveAsync(edit).CreatedAsync();

            var restored = await content.RestoreVersionAsync(v1.ContentItemVersionId).CreatedAsync();
            Assert.Equal(3, restored.Number);
            Assert.Equal(v1.DisplayText, restored.DisplayText);
            return true;
        });
    }

    [Fact]
    public async Task Scheduled_publishing_happens_when_its_time_comes()
    {
        await site.WithContentAsync(async (content, _) =>
        {
            var created = await content.CreateAsync(await Items.NewCountryAsync(content, Items.Unique("Laterland")), publish: false).CreatedAsync();
            var at = site.Clock.GetUtcNow().UtcDateTime.AddHours(1);
            await content.ScheduleAsync(created.ContentItemId, at, at.AddDays(1)).CreatedAsync();

            await content.RunSchedulesAsync();
            Assert.Null(await content.GetAsync(created.ContentItemId, VersionOptions.Published));

            site.Clock.Advance(TimeSpan.FromHours(2));
            await content.RunSchedulesAsync();
            Assert.NotNull(await content.GetAsync(created.ContentItemId, VersionOptions.Published));

            site.Clock.Advance(TimeSpan.FromDays(1));
            await content.RunSchedulesAsync();
            Assert.Null(await content.GetAsync(created.ContentItemId, VersionOptions.Published));
            return true;
        });
    }

    [Fact]
    public async Task Invalid_values_are_reported_per_field_and_nothing_is_stored()
    {
        await site.WithContentAsync(async (content, queries) =>
        {
            var item = await Items.NewCountryAsync(content, Items.Unique("Badland"), alpha2: "lower");
            item.Set("Country", "CoeMemberSince", "soon");
            var result = await content.CreateAsync(item, publish: true);

            Assert.Equal(ContentOutcome.Invalid, result.Outcome);
            Assert.Contains(result.Errors, e => e.Path == "Country.Alpha2" && e.Code == "Pattern");
            Assert.Contains(result.Errors, e => e.Path == "Country.CoeMemberSince" && e.Code == "NotANumber");
            Assert.Null(await content.GetAsync(item.ContentItemId, VersionOptions.Latest));
            return true;
        });
    }

    [Fact]
    public async Task Changing_the_type_of_an_item_on_save_is_refused_and_nothing_is_stored()
    {
        await site.WithContentAsync(async (content, _) =>
        {
            var created = await content.CreateAsync(await Items.NewCountryAsync(content, Items.Unique("Typeland")), publish: false).CreatedAsync();
            var changed = created.Clone();
            changed.ContentType = "Page";
            var result = await content.SaveAsync(changed);
            Assert.Equal("TypeChanged", result.Errors.Single().Code);
            Assert.Single(await content.GetVersionsAsync(created.ContentItemId));
            return true;
        });
    }

    [Fact]
    public async Task Republishing_keeps_the_date_of_first_publication()
    {
        await site.WithContentAsync(async (content, _) =>
        {
            var first = await content.CreateAsync(await Items.NewCountryAsync(content, Items.Unique("Dateland")), publish: true).CreatedAsync();
            site.Clock.Advance(TimeSpan.FromHours(3));
            var edit = first.Clone();
            edit.DisplayText = Items.Unique("Dateland corrected");
            var saved = await content.SaveAsync(edit, publish: true).CreatedAsync();
            Assert.Equal(first.PublishedUtc, saved.PublishedUtc);
            await content.UnpublishAsync(first.ContentItemId).CreatedAsync();
            Assert.Equal(first.PublishedUtc, (await content.PublishAsync(first.ContentItemId).CreatedAsync()).PublishedUtc);
            return true;
        });
    }
}
