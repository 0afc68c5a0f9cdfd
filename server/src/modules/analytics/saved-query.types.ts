import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../units/unit.types';
import type { SavedQueryFilter } from './saved-query.service';

export const SavedQueryFilterEnum = {
  ALL: 'ALL',
  MINE: 'MINE',
  SHARED: 'SHARED',
  EXAMPLES: 'EXAMPLES',
} as const satisfies { [K in SavedQueryFilter]: K };
registerEnumType(SavedQueryFilterEnum, {
  name: 'SavedQueryFilter',
  description: 'Which saved queries (truy vấn đã lưu) a list shows.',
  valuesConfig: {
    ALL: { description: 'Every query you can see: yours, shared with you, the examples (tất cả).' },
    MINE: { description: 'Yours (của tôi).' },
    SHARED: { description: 'Shared with you by others, examples aside (được chia sẻ).' },
    EXAMPLES: { description: 'The example library shipped with the system (ví dụ mẫu).' },
  },
});

@ObjectType({
  description:
    "A saved query (truy vấn đã lưu): a GraphQL text with its variables, private or shared with its owner's scope unit and everyone below it.",
})
export class SavedQuery {
  @Field(() => ID, { description: 'Its id (mã).' }) id: string;
  @Field(() => String, { description: 'Name shown in the side bar (tên).' }) name: string;
  @Field(() => String, { description: 'What question it answers (mô tả).' }) description: string;
  @Field(() => String, { description: 'The GraphQL text (nội dung truy vấn).' }) query: string;
  @Field(() => String, { nullable: true, description: 'The variables pane as written: JSON, comments allowed (biến).' })
  variables: string | null;
  @Field(() => Boolean, {
    description: 'True when shared with the unit in `sharedWith` and everyone whose scope is at or below it (chia sẻ).',
  })
  shared: boolean;
  @Field(() => Boolean, {
    description: 'True for the example library shipped with the system (ví dụ mẫu): read-only for everyone.',
  })
  example: boolean;
  @Field(() => String, { nullable: true, description: 'Username of its owner (người tạo); null for the examples.' })
  owner: string | null;
  @Field(() => Boolean, { description: 'True when it is yours (của tôi).' }) mine: boolean;
  @Field(() => Boolean, {
    description:
      "True when you may not change it (chỉ xem): someone else's or an example; copySavedQuery makes it yours.",
  })
  readOnly: boolean;
  sharedUnitId: number | null;
  @Field(() => String, { description: 'When it was saved first, ISO 8601 (ngày tạo).' }) createdAt: string;
  @Field(() => String, { description: 'When it was last changed, ISO 8601 (ngày sửa).' }) updatedAt: string;
}

@ObjectType({ description: 'A page of saved queries, by name.' })
export class SavedQueryConnection {
  @Field(() => [SavedQuery], { description: 'The saved queries of this page.' }) nodes: SavedQuery[];
  @Field(() => Int, { description: 'How many match in all.' }) totalCount: number;
  @Field(() => PageInfo, { description: 'Where this page ends.' }) pageInfo: PageInfo;
}

@InputType({ description: 'A query to save (lưu truy vấn).' })
export class SaveQueryInput {
  @Field(() => String, { description: 'Name, 1 to 120 characters (tên).' }) name: string;
  @Field(() => String, {
    nullable: true,
    description: 'What question it answers, up to 2,000 characters (mô tả); blank means none.',
  })
  description?: string | null;
  @Field(() => String, { description: 'The GraphQL text, up to 50,000 characters (nội dung).' }) query: string;
  @Field(() => String, {
    nullable: true,
    description: 'The variables pane as written, up to 10,000 characters (biến); blank means none.',
  })
  variables?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Share with your scope unit and everyone below it (chia sẻ); default false.',
  })
  shared?: boolean | null;
}

@InputType({ description: 'Changes to one of your saved queries: only the fields given change.' })
export class UpdateSavedQueryInput {
  @Field(() => String, { nullable: true, description: 'New name (tên).' }) name?: string | null;
  @Field(() => String, { nullable: true, description: 'New description (mô tả); blank clears it, left out keeps it.' })
  description?: string | null;
  @Field(() => String, { nullable: true, description: 'New GraphQL text (nội dung).' }) query?: string | null;
  @Field(() => String, { nullable: true, description: 'New variables pane; blank clears it (biến).' }) variables?:
    string | null;
  @Field(() => Boolean, { nullable: true, description: 'Share or stop sharing (chia sẻ).' }) shared?: boolean | null;
}

@ObjectType({ description: 'An operation you ran in the query editor (lịch sử truy vấn).' })
export class QueryRun {
  @Field(() => ID, { description: 'Its id (mã).' }) id: string;
  @Field(() => String, { description: 'When it ran, ISO 8601 (thời điểm chạy).' }) ranAt: string;
  @Field(() => String, { nullable: true, description: 'Its operation name, if it had one (tên thao tác).' })
  operationName: string | null;
  @Field(() => String, { description: 'The GraphQL text sent (nội dung).' }) query: string;
  @Field(() => String, {
    nullable: true,
    description: 'The variables sent, as JSON, password-like keys redacted (biến).',
  })
  variables: string | null;
  @Field(() => Float, { description: 'How long the server took, in milliseconds (thời gian chạy).' })
  durationMs: number;
  @Field(() => Int, { description: 'How many errors the response carried (số lỗi); 0 when it succeeded.' })
  errorCount: number;
}

@ObjectType({ description: 'A page of your query history, newest first.' })
export class QueryRunConnection {
  @Field(() => [QueryRun], { description: 'The operations of this page.' }) nodes: QueryRun[];
  @Field(() => Int, { description: 'How many are kept in all (the latest 200).' }) totalCount: number;
  @Field(() => PageInfo, { description: 'Where this page ends.' }) pageInfo: PageInfo;
}
