package org.thirdsectorhub.identity.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface UserAccountRepository extends ListCrudRepository<UserAccount, UUID> {

    Optional<UserAccount> findByEmail(String email);

    boolean existsByEmail(String email);

    @Query("""
            SELECT a.* FROM identity.user_account a
            WHERE a.active AND EXISTS (SELECT 1 FROM identity.organisation_membership m
                                       WHERE m.user_account = a.id AND m.organisation_id = :organisationId)
            ORDER BY a.display_name""")
    List<UserAccount> findMembersOf(UUID organisationId);

    @Query("""
            SELECT * FROM identity.user_account
            WHERE (:text = '' OR email ILIKE '%' || :text || '%' OR display_name ILIKE '%' || :text || '%')
              AND (:role = '' OR EXISTS (SELECT 1 FROM identity.role_grant g WHERE g.user_account = id AND g.role = :role)
                   OR EXISTS (SELECT 1 FROM identity.organisation_membership m WHERE m.user_account = id AND m.role = :role))
            ORDER BY display_name
            LIMIT :limit OFFSET :offset""")
    List<UserAccount> search(String text, String role, int limit, int offset);

    @Query("""
            SELECT count(*) FROM identity.user_account
            WHERE (:text = '' OR email ILIKE '%' || :text || '%' OR display_name ILIKE '%' || :text || '%')
              AND (:role = '' OR EXISTS (SELECT 1 FROM identity.role_grant g WHERE g.user_account = id AND g.role = :role)
                   OR EXISTS (SELECT 1 FROM identity.organisation_membership m WHERE m.user_account = id AND m.role = :role))""")
    long countMatching(String text, String role);
}
