namespace ThanUyen.Bot.Core.Community;

/// <summary>The names of the catalogue's option lists.</summary>
public static class CatalogueLists
{
    public const string Products = "products",
        MeetingKinds = "meeting_kinds",
        MeetingTopics = "meeting_topics",
        Buyers = "buyers",
        ProgressStatuses = "progress_statuses";
}
