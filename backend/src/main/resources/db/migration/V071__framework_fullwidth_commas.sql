-- The seeded framework text (V003) was transcribed with ASCII commas inside Chinese sentences
-- ("扩大,基本养老..."). The plan writes full-width commas (，). A punctuation correction, not a change
-- of content, so it applies to every edition, frozen ones included: only a comma that touches a
-- non-ASCII character on either side is replaced; commas between ASCII text (English glosses,
-- numbers such as 1,000) stay as they are.
update indicator
   set text_zh  = regexp_replace(text_zh,  '(?<=[^\u0001-\u007f]),|,(?=[^\u0001-\u007f])', '，', 'g'),
       criteria = regexp_replace(criteria, '(?<=[^\u0001-\u007f]),|,(?=[^\u0001-\u007f])', '，', 'g'),
       title_zh = regexp_replace(title_zh, '(?<=[^\u0001-\u007f]),|,(?=[^\u0001-\u007f])', '，', 'g')
 where text_zh ~ ',' or criteria ~ ',' or title_zh ~ ',';
