## 교류 상대와 공동 채널 (bot/commands/partners.py). 지금은 공동 채널 안내만 옮겼으며, 두 학교의 언어로 올립니다.

partners-joint-channel-linked = 이제 이 채널은 { $school }({ $country })와(과) { $partner }({ $partner_country })의 공동 채널입니다. 봇이 합의한 시간, 알림, 당일 진행 순서를 여기에 올립니다.
