import { useQuery } from '@apollo/client/react';
import { formatCount } from '@chitieu/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/errors';
import { useSignedInUser } from '../../../lib/signed-in-user';
import { nextPage } from '../../../lib/next-page';
import { useDebounced } from '../../../lib/use-debounced';
import { Codicon } from '../../../workbench/Codicon';
import { SearchBox } from '../../../workbench/forms/SearchBox';
import { useLanguage } from '../../../workbench/WorkbenchContext';
import { UsersQuery } from '../operations/users';
import { CreateUserForm } from './CreateUserForm';
import { useUserActions } from './use-user-actions';
import { UserRow } from './UserRow';

const PAGE = 50;

/** The users view (ADMIN): accounts in scope, searched and paged, created and managed. */
export function UsersEditor() {
  const self = useSignedInUser().username;
  const { t } = useTranslation('users');
  const language = useLanguage();
  const [text, setText] = useState('');
  const [creating, setCreating] = useState(false);
  const search = useDebounced(text.trim(), 250);
  const { data, error, refetch, fetchMore } = useQuery(UsersQuery, {
    variables: { search: search || null, first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const actions = useUserActions(() => void refetch());
  const page = data?.users;

  return (
    <article className="form-editor users-editor" data-testid="users-editor">
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      <div className="toolbar">
        <SearchBox className="users-search" label={t('search')} value={text} onChange={setText} />
        {!creating && (
          <button type="button" className="button primary" onClick={() => setCreating(true)}>
            <Codicon name="add" /> {t('new')}
          </button>
        )}
      </div>
      {creating && (
        <CreateUserForm
          onCancel={() => setCreating(false)}
          onDone={() => {
            setCreating(false);
            void refetch();
          }}
        />
      )}
      {error && !data && (
        <p className="view-error" role="alert">
          {errorMessage(error)}
        </p>
      )}
      {!page && !error && <p className="muted">{t('loading')}</p>}
      {page && page.totalCount === 0 && <p className="muted">{t('none')}</p>}
      {page && page.totalCount > 0 && (
        <>
          <p className="muted small">
            {t('count', {
              shown: formatCount(page.nodes.length, language),
              total: formatCount(page.totalCount, language),
            })}
          </p>
          <div className="table-scroll">
            <table className="data-table users-table" data-testid="users-table">
              <thead>
                <tr>
                  {(['username', 'role', 'scope', 'state', 'sessions', 'lastSeen', 'actions'] as const).map((c) => (
                    <th key={c} scope="col" className={c === 'sessions' ? 'num' : undefined}>
                      {t(`col.${c}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {page.nodes.map((user) => (
                  <UserRow key={user.username} user={user} actions={actions} self={user.username === self} />
                ))}
              </tbody>
            </table>
          </div>
          {page.pageInfo.hasNextPage && (
            <button
              type="button"
              className="button secondary"
              onClick={() => data && void fetchMore(nextPage('users', data))}
            >
              {t('more')}
            </button>
          )}
        </>
      )}
    </article>
  );
}
