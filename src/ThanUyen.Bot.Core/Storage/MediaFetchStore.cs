using LiteDB;
using ThanUyen.Bot.Core.Media;

namespace ThanUyen.Bot.Core.Storage;

/// <summary>
/// The durable fetch queue: files of saved reports still to fetch from their platform. Bounded: tries and age
/// are capped by the fetcher, finished records are pruned, and past a number of waiting files the oldest go.
/// </summary>
public sealed class MediaFetchStore(BotDatabase db, DatabaseWriter writer)
{
    /// <summary>Queues a file unless it is queued, kept or given up already; a given-up file stays so.</summary>
    public bool Queue(MediaFetch fetch)
    {
        writer.EnsureWriting();
        if (db.MediaFetches.FindById(fetch.Id) is not null)
            return false;
        db.MediaFetches.Insert(fetch);
        return true;
    }

    public MediaFetch? Find(string id) => db.MediaFetches.FindById(id);

    /// <summary>The files of a channel due for a try now, the longest waiting first.</summary>
    public List<MediaFetch> Due(string channel, DateTime utc, int limit) =>
        db
            .MediaFetches.Find(f => f.Status == MediaFetchStatus.Pending)
            .Where(f => f.Channel == channel && f.NextAttemptAt <= utc)
            .OrderBy(f => f.NextAttemptAt)
            .Take(limit)
            .ToList();

    /// <summary>When the next waiting file of a channel is due (null: none waits).</summary>
    public DateTime? NextDue(string channel) =>
        db
            .MediaFetches.Find(f => f.Status == MediaFetchStatus.Pending)
            .Where(f => f.Channel == channel)
            .Select(f => (DateTime?)f.NextAttemptAt)
            .Min();

    public int CountPending() => db.MediaFetches.Count(f => f.Status == MediaFetchStatus.Pending);

    public List<MediaFetch> All() => db.MediaFetches.FindAll().ToList();

    public void Update(MediaFetch fetch)
    {
        writer.EnsureWriting();
        db.MediaFetches.Update(fetch);
    }

    /// <summary>A file no report uses any more: not fetched after all.</summary>
    public void Cancel(string id)
    {
        writer.EnsureWriting();
        if (db.MediaFetches.FindById(id) is { Status: MediaFetchStatus.Pending })
            db.MediaFetches.Delete(id);
    }

    /// <summary>
    /// Gives up the oldest waiting files beyond <paramref name="max"/> and forgets finished records older than
    /// <paramref name="forgetBefore"/>. Returns how many were given up.
    /// </summary>
    public int Trim(int max, DateTime forgetBefore, DateTime now)
    {
        writer.EnsureWriting();
        var pending = db.MediaFetches.Find(f => f.Status == MediaFetchStatus.Pending).ToList();
        var over = pending.OrderBy(f => f.CreatedAt).Take(Math.Max(0, pending.Count - max)).ToList();
        foreach (var fetch in over)
        {
            fetch.Status = MediaFetchStatus.GaveUp;
            fetch.FinishedAt = now;
            fetch.LastError = "queue full";
            db.MediaFetches.Update(fetch);
        }
        db.MediaFetches.DeleteMany(
            BsonExpression.Create("$.Status != @0 AND $.FinishedAt < @1", (int)MediaFetchStatus.Pending, forgetBefore)
        );
        return over.Count;
    }
}
