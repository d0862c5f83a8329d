package vn.coso.boards;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import vn.coso.attachments.AttachmentOwner;
import vn.coso.attachments.RecordAttachments;
import vn.coso.common.security.CurrentUser;
import vn.coso.common.security.Roles;

import java.util.Set;

/** A people's board's papers as files (quyết định thành lập, biên bản giám sát, báo cáo của ban). */
@Singleton
class BoardAttachments {

    @Produces
    @Singleton
    AttachmentOwner papers(BoardService boards, CurrentUser user) {
        return RecordAttachments.of("board", "people_board", Set.of(Roles.ADMIN, Roles.OFFICER), user,
                boards::findVisible);
    }
}
