using ThanUyen.Bot.Core.Reports;

namespace ThanUyen.Bot.Core.Storage;

public sealed class BroadcastStore(BotDatabase db, DatabaseWriter writer)
{
    public Broadcast? Find(int id) => db.Broadcasts.FindById(id);

    public void Save(Broadcast broadcast)
    {
        writer.EnsureWriting();
        if (broadcast.Id == 0)
            db.Broadcasts.Insert(broadcast);
        else
            db.Broadcasts.Update(broadcast);
    }
}
